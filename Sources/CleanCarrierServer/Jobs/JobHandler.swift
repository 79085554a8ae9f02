public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The effects of a job, written in the transaction that marks it succeeded.
public typealias JobEffects = @Sendable (PostgresConnection) async throws -> Void

/// Does the work of one kind of job.
public protocol JobHandler: Sendable {
    /// The job kind handled (`jobs.kind`).
    var kind: String { get }

    /// Does `job`'s work, outside any transaction.
    /// - Returns: the effects to commit together with the job's completion.
    /// - Throws: to fail this attempt; the job is retried with back-off, then parked.
    func perform(_ job: Job, logger: Logger) async throws -> JobEffects
}
