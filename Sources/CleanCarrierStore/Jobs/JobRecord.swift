import Foundation

/// A job as stored, for listing and inspection.
public struct JobRecord: Sendable, Hashable {
    /// One claim of the job by a worker.
    public struct Attempt: Sendable, Hashable {
        public var number: Int
        public var worker: String
        public var startedAt: Date
        public var finishedAt: Date?
        /// `succeeded`, `failed`, `lost` (the lease ran out), or `nil` while running.
        public var outcome: String?
        public var error: String?
    }

    public var id: Int64
    public var kind: String
    public var payload: String
    public var status: JobStatus
    public var attempts: Int
    public var maxAttempts: Int
    public var runAfter: Date
    public var leaseOwner: String?
    public var leaseUntil: Date?
    public var lastError: String?
    public var dedupeKey: String?
    public var createdAt: Date
    public var updatedAt: Date
    /// The evaluation an `evaluate` job saved, once it has succeeded.
    public var evaluationID: Int64?
    /// Every claim, oldest first (filled by `JobQueue.record(id:logger:)` only).
    public var history: [Attempt] = []
}
