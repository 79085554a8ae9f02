import Foundation

/// A claimed job: what to do, with which payload, on which attempt.
public struct Job: Sendable, Hashable {
    public var id: Int64
    public var kind: String
    /// The payload as JSON text.
    public var payload: String
    /// This attempt's number, from 1.
    public var attempt: Int
    public var maxAttempts: Int

    public init(id: Int64, kind: String, payload: String, attempt: Int, maxAttempts: Int) {
        self.id = id
        self.kind = kind
        self.payload = payload
        self.attempt = attempt
        self.maxAttempts = maxAttempts
    }

    /// The payload decoded as `type`.
    public func payload<Payload: Decodable>(as type: Payload.Type) throws -> Payload {
        try JSONDecoder().decode(type, from: Data(self.payload.utf8))
    }

    /// The key a job's effects are saved under (an evaluation's `job_key`), the same on every attempt.
    public var key: String { "job-\(self.id)" }

    /// The job's completion was refused: its lease ran out and another worker has claimed it, or it was parked.
    public struct LeaseLost: Error, CustomStringConvertible {
        public var jobID: Int64
        public var owner: String
        public var description: String { "job \(self.jobID) is no longer leased to \(self.owner)" }
    }
}
