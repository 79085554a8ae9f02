public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Enqueues evaluations that data or time call for: a new set of active datasets (an import, an upload, a new registry
/// version), or a designation coming into force or ending since the latest evaluation's as-of date.
///
/// Each trigger's dedupe key names what it saw, so it fires once per change however often it is checked; and a new
/// set of datasets queues no evaluation while a dataset-triggered one still waits to start (uploads are debounced).
public struct EvaluationTriggers: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Checks both triggers as of `today`.
    /// - Returns: the ids of the jobs enqueued.
    public func enqueueDue(today: Day, logger: Logger) async throws -> [Int64] {
        try await self.client.withTransaction(logger: logger) { connection in
            var active: [Int64] = []
            for try await ids in try await connection.query(
                "SELECT coalesce(array_agg(id ORDER BY id), '{}') FROM datasets WHERE status = 'active'",
                logger: logger
            ).decode([Int64].self) {
                active = ids
            }
            guard !active.isEmpty else { return [] }
            var latest: (datasets: [Int64], asOf: Day)?
            for try await (datasets, asOf) in try await connection.query(
                "SELECT dataset_ids, as_of::text FROM evaluations WHERE status = 'succeeded' ORDER BY id DESC LIMIT 1",
                logger: logger
            ).decode(([Int64], String).self) {
                latest = (datasets, Day(iso: asOf) ?? today)
            }
            var jobs: [Int64] = []
            if latest?.datasets != active, try await !Self.datasetEvaluationIsQueued(on: connection, logger: logger) {
                let key = "datasets:" + active.map(String.init).joined(separator: ",")
                let payload = EvaluationJobPayload(asOf: today, trigger: "dataset")
                if let id = try await JobQueue.enqueue(
                    kind: EvaluationJobPayload.kind,
                    payload: payload,
                    dedupeKey: key,
                    on: connection,
                    logger: logger
                ) {
                    jobs.append(id)
                }
            }
            guard let latest, let change = try await Self.latestDesignationChange(through: today, on: connection, logger: logger),
                latest.asOf < change.day
            else { return jobs }
            let key = "designation:\(change.registry):\(change.day)"
            let payload = EvaluationJobPayload(asOf: today, trigger: "designation")
            if let id = try await JobQueue.enqueue(kind: EvaluationJobPayload.kind, payload: payload, dedupeKey: key, on: connection, logger: logger)
            {
                jobs.append(id)
            }
            return jobs
        }
    }

    /// Whether a dataset-triggered evaluation waits in the queue, not yet started: it will read the active datasets
    /// when it runs, so a burst of uploads (from one tenant or several) queues one evaluation, not one per upload.
    private static func datasetEvaluationIsQueued(on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            """
            SELECT 1 FROM jobs WHERE kind = \(EvaluationJobPayload.kind) AND status = 'queued' AND payload->>'trigger' = 'dataset' LIMIT 1
            """,
            logger: logger
        )
        for try await _ in rows { return true }
        return false
    }

    /// The latest day, up to `today`, on which a designation of the active registry came into force or ended.
    private static func latestDesignationChange(
        through today: Day,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> (registry: Int64, day: Day)? {
        let rows = try await connection.query(
            """
            SELECT d.dataset_id, max(change)::text FROM designations d
            JOIN datasets s ON s.id = d.dataset_id AND s.kind = 'registry' AND s.status = 'active',
            LATERAL (VALUES (d.effective), (d.ended)) AS changes (change)
            WHERE change <= \(today.description)::date
            GROUP BY d.dataset_id ORDER BY d.dataset_id DESC LIMIT 1
            """,
            logger: logger
        )
        for try await (registry, day) in rows.decode((Int64, String).self) {
            guard let day = Day(iso: day) else { return nil }
            return (registry, day)
        }
        return nil
    }
}
