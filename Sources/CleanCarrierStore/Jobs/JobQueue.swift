import Foundation
public import Logging
public import PostgresNIO

/// The work queue in PostgreSQL: enqueue with NOTIFY, claim with `FOR UPDATE SKIP LOCKED` under a lease, heartbeat.
///
/// A job whose lease runs out (its worker died or lost the database) is claimed again by the next worker; a job's
/// effects commit in the same transaction as its completion (`complete(_:owner:on:logger:)`), so a job taken over
/// never doubles them.
public struct JobQueue: Sendable {
    /// The channel `NOTIFY` announces new jobs on.
    public static let channel = "cleancarrier_jobs"

    public let client: PostgresClient
    /// How long a claim lasts without a heartbeat.
    public var lease: Duration
    /// The first retry's delay; each further retry doubles it, up to `maxBackoff`.
    public var backoff: Duration
    public var maxBackoff: Duration

    public init(client: PostgresClient, lease: Duration = .seconds(30), backoff: Duration = .seconds(2), maxBackoff: Duration = .seconds(600)) {
        self.client = client
        self.lease = lease
        self.backoff = backoff
        self.maxBackoff = maxBackoff
    }

    /// Enqueues a job and wakes idle workers.
    /// - Parameters:
    ///   - dedupeKey: when a job with this key exists already, nothing is enqueued.
    ///   - delay: how long from now the job waits before it may run.
    /// - Returns: the new job's id, or `nil` when `dedupeKey` was taken.
    @discardableResult
    public func enqueue(
        kind: String,
        payload: some Encodable & Sendable,
        maxAttempts: Int = 5,
        dedupeKey: String? = nil,
        delay: Duration = .zero,
        logger: Logger
    ) async throws -> Int64? {
        try await self.client.withTransaction(logger: logger) { connection in
            try await Self.enqueue(
                kind: kind,
                payload: payload,
                maxAttempts: maxAttempts,
                dedupeKey: dedupeKey,
                delay: delay,
                on: connection,
                logger: logger
            )
        }
    }

    /// Enqueues a job inside the caller's transaction; workers are woken when it commits.
    public static func enqueue(
        kind: String,
        payload: some Encodable,
        maxAttempts: Int = 5,
        dedupeKey: String? = nil,
        delay: Duration = .zero,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Int64? {
        let json = String(decoding: try JSONEncoder().encode(payload), as: UTF8.self)
        let rows = try await connection.query(
            """
            INSERT INTO jobs (kind, payload, max_attempts, dedupe_key, run_after)
            VALUES (\(kind), \(json)::jsonb, \(maxAttempts), \(dedupeKey), now() + make_interval(secs => \(delay.seconds)))
            ON CONFLICT (dedupe_key) DO NOTHING RETURNING id
            """,
            logger: logger
        )
        for try await id in rows.decode(Int64.self) {
            try await connection.query("SELECT pg_notify(\(Self.channel), \(kind))", logger: logger)
            logger.info("Enqueued job", metadata: ["job.id": "\(id)", "job.kind": "\(kind)"])
            return id
        }
        return nil
    }

    /// Claims the next ready job for `owner`: the oldest queued one whose time has come, or one whose lease ran out.
    /// - Returns: the job, or `nil` when none is ready.
    public func claim(owner: String, logger: Logger) async throws -> Job? {
        let rows = try await self.client.query(
            """
            WITH claimed AS (
                UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = \(owner),
                    lease_until = now() + make_interval(secs => \(self.lease.seconds)), heartbeat_at = now(), updated_at = now()
                WHERE id = (
                    SELECT id FROM jobs
                    WHERE (status = 'queued' AND run_after <= now()) OR (status = 'running' AND lease_until < now())
                    ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED)
                RETURNING id, kind, payload::text, attempts, max_attempts
            ), lost AS (
                UPDATE job_attempts a SET finished_at = now(), outcome = 'lost', error = 'lease expired'
                FROM claimed WHERE a.job_id = claimed.id AND a.finished_at IS NULL
            ), logged AS (
                INSERT INTO job_attempts (job_id, attempt, worker) SELECT id, attempts, \(owner) FROM claimed
            )
            SELECT id, kind, payload, attempts, max_attempts FROM claimed
            """,
            logger: logger
        )
        for try await (id, kind, payload, attempt, maxAttempts) in rows.decode((Int64, String, String, Int, Int).self) {
            return Job(id: id, kind: kind, payload: payload, attempt: attempt, maxAttempts: maxAttempts)
        }
        return nil
    }

    /// Extends `job`'s lease.
    /// - Returns: `false` when the job is no longer leased to `owner`.
    public func heartbeat(_ job: Job, owner: String, logger: Logger) async throws -> Bool {
        let rows = try await self.client.query(
            """
            UPDATE jobs SET heartbeat_at = now(), lease_until = now() + make_interval(secs => \(self.lease.seconds)), updated_at = now()
            WHERE id = \(job.id) AND lease_owner = \(owner) AND status = 'running' RETURNING id
            """,
            logger: logger
        )
        for try await _ in rows { return true }
        return false
    }

    /// How long until a job may become ready: the earliest queued job's start or running job's lease end
    /// (zero when one is ready now), or `nil` when there is no such job.
    public func nextDue(logger: Logger) async throws -> Duration? {
        let rows = try await self.client.query(
            """
            SELECT extract(epoch FROM least(
                (SELECT min(run_after) FROM jobs WHERE status = 'queued'),
                (SELECT min(lease_until) FROM jobs WHERE status = 'running')) - now())::float8
            """,
            logger: logger
        )
        for try await seconds in rows.decode(Double?.self) { return seconds.map { .milliseconds(Int64((max(0, $0) * 1000).rounded(.up))) } }
        return nil
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (seconds, attoseconds) = self.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
