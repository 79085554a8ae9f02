public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Stores evaluations and their findings, and reads them back as reports.
public struct EvaluationRepository: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Saves an evaluation and its findings on `connection`, inside the caller's transaction, each finding marked new
    /// or persisting against the previous successful evaluation. `EvaluationService` is the one caller: it queues the
    /// evaluation's webhook deliveries in the same transaction.
    /// - Parameter jobKey: when given and already saved, the saved evaluation's id is returned and nothing is written.
    /// - Returns: the evaluation's id.
    public static func save(
        _ result: Evaluator.Result,
        snapshot: Snapshot,
        trigger: String,
        jobKey: String?,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Int64 {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let timings = String(decoding: try encoder.encode(result.timings), as: UTF8.self)
        let cleanTelco = String(decoding: try encoder.encode(result.cleanTelco), as: UTF8.self)
        let findings = zip(result.findings, try await Self.encode(result.findings))
        if let jobKey {
            for try await id in try await connection.query("SELECT id FROM evaluations WHERE job_key = \(jobKey)", logger: logger).decode(Int64.self)
            {
                return id
            }
        }
        let id = try await connection.query(
            """
            INSERT INTO evaluations (as_of, registry_version, dataset_ids, trigger, finished_at, timings, status, finding_count, job_key, clean_telco)
            VALUES (\(snapshot.asOf.description)::date, \(snapshot.registryDataset?.id), \(snapshot.datasets.map(\.id)), \(trigger),
                    now(), \(timings)::jsonb, 'succeeded', \(result.findings.count), \(jobKey), \(cleanTelco)::json)
            RETURNING id
            """,
            logger: logger
        ).requiredRow(Int64.self, statement: "INSERT INTO evaluations")
        var previous: [String: Int64] = [:]
        let rows = try await connection.query(
            """
            SELECT fingerprint, first_seen FROM findings WHERE evaluation_id = (
                SELECT max(id) FROM evaluations WHERE status = 'succeeded' AND id < \(id))
            """,
            logger: logger
        )
        for try await (fingerprint, firstSeen) in rows.decode((String, Int64).self) { previous[fingerprint] = firstSeen }
        let diff = FindingDiff(previous: previous.keys, current: result.findings.map(\.fingerprint))
        var batch = CopyBatch(
            table: "findings",
            columns: ["evaluation_id", "fingerprint", "rule", "severity", "subject", "counterpart", "summary", "finding", "first_seen", "status"]
        )
        for (finding, json) in findings {
            batch.append([
                String(id), finding.fingerprint, finding.rule.rawValue, finding.severity.rawValue, finding.subject.ref, finding.counterpart.ref,
                finding.summary, json, String(previous[finding.fingerprint] ?? id), diff.status(ofCurrent: finding.fingerprint).rawValue,
            ])
        }
        try await batch.copy(on: connection, logger: logger)
        return id
    }

    /// Each finding as JSON (sorted keys), encoded in parallel: a full-graph evaluation holds about 90,000 of them.
    static func encode(_ findings: [Finding]) async throws -> [String] {
        let chunk = max(1_000, findings.count / ProcessInfo.processInfo.activeProcessorCount + 1)
        return try await withThrowingTaskGroup(of: (Int, [String]).self) { group in
            for start in stride(from: 0, to: findings.count, by: chunk) {
                group.addTask {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    let slice = findings[start..<min(start + chunk, findings.count)]
                    return (start, try slice.map { String(decoding: try encoder.encode($0), as: UTF8.self) })
                }
            }
            var parts: [(Int, [String])] = []
            for try await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// The id of the latest successful evaluation.
    public func latestID(logger: Logger) async throws -> Int64? {
        let rows = try await self.client.query("SELECT max(id) FROM evaluations WHERE status = 'succeeded'", logger: logger)
        for try await id in rows.decode(Int64?.self) { return id }
        return nil
    }
}
