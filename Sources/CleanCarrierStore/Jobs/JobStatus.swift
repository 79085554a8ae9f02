/// Where a job stands in the queue.
public enum JobStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Waiting for a worker (or for its retry's `run_after`).
    case queued
    /// Claimed by a worker, under a lease.
    case running
    /// Done; its effects are committed.
    case succeeded
    /// Parked after its last attempt failed.
    case failed
}
