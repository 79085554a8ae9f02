import Foundation
public import Logging
public import PostgresNIO

extension JobQueue {
    /// What became of a failed attempt.
    public enum FailureOutcome: Sendable, Hashable {
        /// Queued again, to run after the back-off delay.
        case retrying(after: Duration)
        /// Out of attempts: parked as failed with its error.
        case parked
        /// The job was no longer leased to this worker; nothing changed.
        case leaseLost
    }

    /// Runs a job's effects and marks it succeeded in one transaction: either both commit or neither does.
    ///
    /// The job's row is locked first, so a worker that lost its lease fails at once (`Job.LeaseLost`) instead of
    /// racing the worker that took the job over.
    /// - Returns: what `effects` returned.
    /// - Throws: `Job.LeaseLost`, or what `effects` threw (both after rolling back), or the database's error.
    public func complete<Result: Sendable>(
        _ job: Job,
        owner: String,
        logger: Logger,
        effects: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        do {
            return try await self.transaction(job, owner: owner, logger: logger, effects: effects)
        } catch let error as PostgresTransactionError {
            guard let closureError = error.closureError, error.rollbackError == nil else { throw error }
            throw closureError
        }
    }

    private func transaction<Result: Sendable>(
        _ job: Job,
        owner: String,
        logger: Logger,
        effects: @Sendable (PostgresConnection) async throws -> Result
    ) async throws -> Result {
        try await self.client.withTransaction(logger: logger) { connection in
            var leased = false
            let rows = try await connection.query(
                "SELECT 1 FROM jobs WHERE id = \(job.id) AND lease_owner = \(owner) AND status = 'running' FOR UPDATE",
                logger: logger
            )
            for try await _ in rows { leased = true }
            guard leased else { throw Job.LeaseLost(jobID: job.id, owner: owner) }
            let result = try await effects(connection)
            try await connection.query(
                """
                WITH done AS (
                    UPDATE jobs SET status = 'succeeded', lease_owner = NULL, lease_until = NULL, last_error = NULL, updated_at = now()
                    WHERE id = \(job.id) RETURNING id, attempts)
                UPDATE job_attempts a SET finished_at = now(), outcome = 'succeeded' FROM done WHERE a.job_id = done.id AND a.attempt = done.attempts
                """,
                logger: logger
            )
            return result
        }
    }

    /// Records a failed attempt: the job is queued again after an exponential back-off, or parked as failed once it has
    /// used `maxAttempts`.
    public func fail(_ job: Job, owner: String, error: String, logger: Logger) async throws -> FailureOutcome {
        let delay = min(self.maxBackoff, self.backoff * (1 << min(max(job.attempt - 1, 0), 30)))
        let rows = try await self.client.query(
            """
            WITH failed AS (
                UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
                    run_after = now() + make_interval(secs => \(delay.seconds)), last_error = \(error),
                    lease_owner = NULL, lease_until = NULL, updated_at = now()
                WHERE id = \(job.id) AND lease_owner = \(owner) AND status = 'running' RETURNING id, attempts, status
            ), logged AS (
                UPDATE job_attempts a SET finished_at = now(), outcome = 'failed', error = \(error)
                FROM failed WHERE a.job_id = failed.id AND a.attempt = failed.attempts
            )
            SELECT status FROM failed
            """,
            logger: logger
        )
        for try await status in rows.decode(String.self) {
            return status == "failed" ? .parked : .retrying(after: delay)
        }
        return .leaseLost
    }

    /// Gives a claimed job back without counting the attempt (a worker shutting down before it could finish), and
    /// wakes the other workers.
    public func release(_ job: Job, owner: String, logger: Logger) async throws {
        try await self.client.withTransaction(logger: logger) { connection in
            try await connection.query(
                """
                WITH released AS (
                    UPDATE jobs SET status = 'queued', attempts = attempts - 1, run_after = now(), lease_owner = NULL, lease_until = NULL,
                        updated_at = now()
                    WHERE id = \(job.id) AND lease_owner = \(owner) AND status = 'running' RETURNING id)
                DELETE FROM job_attempts a USING released WHERE a.job_id = released.id AND a.attempt = \(job.attempt)
                """,
                logger: logger
            )
            try await connection.query("SELECT pg_notify(\(Self.channel), \(job.kind))", logger: logger)
        }
    }
}
