import Foundation
public import Logging
import PostgresNIO

extension JobQueue {
    /// The most recent jobs, newest first, optionally only those with `status`.
    public func list(status: JobStatus? = nil, limit: Int = 50, logger: Logger) async throws -> [JobRecord] {
        let rows = try await self.client.query(
            """
            SELECT \(unescaped: Self.recordColumns)
            FROM jobs WHERE \(status?.rawValue)::text IS NULL OR status = \(status?.rawValue) ORDER BY id DESC LIMIT \(limit)
            """,
            logger: logger
        )
        var records: [JobRecord] = []
        for try await row in rows.decode(RecordRow.self) { records.append(Self.record(row)) }
        return records
    }

    /// Job `id` with its attempt history, or `nil` when there is none.
    public func record(id: Int64, logger: Logger) async throws -> JobRecord? {
        let rows = try await self.client.query(
            """
            SELECT \(unescaped: Self.recordColumns) FROM jobs WHERE id = \(id)
            """,
            logger: logger
        )
        var record: JobRecord?
        for try await row in rows.decode(RecordRow.self) { record = Self.record(row) }
        guard var record else { return nil }
        let attempts = try await self.client.query(
            "SELECT attempt, worker, started_at, finished_at, outcome, error FROM job_attempts WHERE job_id = \(id) ORDER BY attempt",
            logger: logger
        )
        for try await (number, worker, started, finished, outcome, error) in attempts.decode((Int, String, Date, Date?, String?, String?).self) {
            record.history.append(.init(number: number, worker: worker, startedAt: started, finishedAt: finished, outcome: outcome, error: error))
        }
        return record
    }

    /// Queues a parked (failed) job again with `extraAttempts` more attempts, and wakes the workers.
    /// - Returns: `false` when job `id` does not exist or is not parked.
    public func retry(id: Int64, extraAttempts: Int = 3, logger: Logger) async throws -> Bool {
        try await self.client.withTransaction(logger: logger) { connection in
            let rows = try await connection.query(
                """
                UPDATE jobs SET status = 'queued', max_attempts = attempts + \(extraAttempts), run_after = now(), updated_at = now()
                WHERE id = \(id) AND status = 'failed' RETURNING kind
                """,
                logger: logger
            )
            for try await kind in rows.decode(String.self) {
                try await connection.query("SELECT pg_notify(\(Self.channel), \(kind))", logger: logger)
                return true
            }
            return false
        }
    }

    private static let recordColumns = """
        id, kind, payload::text, status, attempts, max_attempts, run_after, lease_owner, lease_until, last_error, dedupe_key, created_at, updated_at,
        (SELECT e.id FROM evaluations e WHERE e.job_key = 'job-' || jobs.id) AS evaluation_id
        """
    private typealias RecordRow = (Int64, String, String, JobStatus, Int, Int, Date, String?, Date?, String?, String?, Date, Date, Int64?)

    private static func record(_ row: RecordRow) -> JobRecord {
        JobRecord(
            id: row.0,
            kind: row.1,
            payload: row.2,
            status: row.3,
            attempts: row.4,
            maxAttempts: row.5,
            runAfter: row.6,
            leaseOwner: row.7,
            leaseUntil: row.8,
            lastError: row.9,
            dedupeKey: row.10,
            createdAt: row.11,
            updatedAt: row.12,
            evaluationID: row.13
        )
    }
}
