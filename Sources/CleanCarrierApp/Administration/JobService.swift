public import CleanCarrierCore
public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The job queue as operators see it: listing and inspecting jobs, retrying parked ones, queueing evaluations.
public struct JobService: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private var queue: JobQueue { JobQueue(client: self.client) }

    /// The latest jobs, newest first, optionally only those with `status`.
    public func list(status: JobStatus? = nil, limit: Int = 50, logger: Logger) async throws -> [JobRecord] {
        try await self.queue.list(status: status, limit: limit, logger: logger)
    }

    /// Job `id` with every attempt at it.
    /// - Throws: `RequestRefusal.notFound` when there is no such job.
    public func job(id: Int64, logger: Logger) async throws -> JobRecord {
        guard let job = try await self.queue.record(id: id, logger: logger) else { throw RequestRefusal.notFound("there is no job \(id)") }
        return job
    }

    /// Queues parked (failed) job `id` again with `extraAttempts` more attempts.
    /// - Throws: `RequestRefusal.notFound` when there is no such parked job.
    public func retry(id: Int64, extraAttempts: Int = 3, logger: Logger) async throws {
        guard try await self.queue.retry(id: id, extraAttempts: extraAttempts, logger: logger) else {
            throw RequestRefusal.notFound("job \(id) does not exist or is not parked (failed)")
        }
    }

    /// Queues an evaluation as of `asOf` for the workers, and its `evaluation.queue` audit event, in one transaction.
    /// - Parameter trigger: what asked for it (`cli`, `api:<key prefix>`), as the evaluation will record it.
    /// - Returns: the queued job.
    public func queueEvaluation(asOf: Day, trigger: String, by actor: AuditLog.Actor, logger: Logger) async throws -> JobRecord {
        let payload = EvaluationJobPayload(asOf: asOf, trigger: trigger)
        let id = try await self.client.withTransaction(logger: logger) { connection -> Int64 in
            guard let id = try await JobQueue.enqueue(kind: EvaluationJobPayload.kind, payload: payload, on: connection, logger: logger) else {
                throw NoRowReturned(statement: "INSERT INTO jobs")
            }
            try await AuditEntry(actor, action: "evaluation.queue", target: "job:\(id)", details: ["as_of": asOf.description])
                .write(on: connection, logger: logger)
            return id
        }
        return try await self.job(id: id, logger: logger)
    }
}
