import CleanCarrierCore
import Foundation
public import Logging
import PostgresNIO

extension EvaluationRepository {
    /// Up to `limit` evaluations older than evaluation `before`, newest first.
    /// - Parameter subjects: when given, each evaluation counts only the findings about these subjects.
    public func summaries(limit: Int, before: Int64?, subjects: [String]?, logger: Logger) async throws -> [EvaluationSummary] {
        try await self.summaries(
            """
            SELECT e.id, e.as_of::text, e.registry_version, e.dataset_ids, e.trigger, e.started_at, e.finished_at, e.status,
                CASE WHEN \(subjects == nil) THEN e.finding_count
                ELSE (SELECT count(*) FROM findings f WHERE f.evaluation_id = e.id AND f.subject = ANY(\(subjects ?? [])))::integer END
            FROM evaluations e WHERE \(before)::bigint IS NULL OR e.id < \(before) ORDER BY e.id DESC LIMIT \(limit)
            """,
            logger: logger
        )
    }

    /// Evaluation `id`, counting only the findings about `subjects` when given.
    public func summary(id: Int64, subjects: [String]?, logger: Logger) async throws -> EvaluationSummary? {
        try await self.summaries(
            """
            SELECT e.id, e.as_of::text, e.registry_version, e.dataset_ids, e.trigger, e.started_at, e.finished_at, e.status,
                CASE WHEN \(subjects == nil) THEN e.finding_count
                ELSE (SELECT count(*) FROM findings f WHERE f.evaluation_id = e.id AND f.subject = ANY(\(subjects ?? [])))::integer END
            FROM evaluations e WHERE e.id = \(id)
            """,
            logger: logger
        ).first
    }

    private func summaries(_ query: PostgresQuery, logger: Logger) async throws -> [EvaluationSummary] {
        var summaries: [EvaluationSummary] = []
        for try await (id, asOf, registry, datasets, trigger, started, finished, status, count) in try await self.client.query(query, logger: logger)
            .decode((Int64, String, Int64?, [Int64], String, Date, Date?, EvaluationStatus, Int).self)
        {
            summaries.append(
                EvaluationSummary(
                    id: id,
                    asOf: try UnreadableStoredValue.day(asOf, table: "evaluations", column: "as_of"),
                    registryVersion: registry,
                    datasetIDs: datasets,
                    trigger: trigger,
                    startedAt: started,
                    finishedAt: finished,
                    status: status,
                    findingCount: count
                )
            )
        }
        return summaries
    }
}
