public import CleanCarrierCore
import Foundation
public import Logging
import PostgresNIO

extension EvaluationRepository {
    /// The report of evaluation `id`, each finding marked new or persisting against the previous evaluation; `nil`
    /// when there is no such evaluation.
    public func report(evaluation id: Int64, logger: Logger) async throws -> EvaluationReport? {
        guard let header = try await self.header(of: id, logger: logger) else { return nil }
        let entries = try await self.findings(of: id, logger: logger).map { stored in
            EvaluationReport.Entry(finding: stored.finding, status: stored.status, firstSeen: stored.firstSeen, lastSeen: id)
        }
        var report = EvaluationReport(
            evaluationID: id,
            asOf: header.asOf,
            registryVersion: header.registryVersion,
            datasets: header.datasets,
            entries: Self.sorted(entries)
        )
        report.cleanTelco = header.cleanTelco
        return report
    }

    /// The diff from evaluation `baseline` to evaluation `id`: the findings of `id`, new (not in `baseline`) or
    /// persisting, and the findings of `baseline` that `id` no longer holds, resolved. `nil` when either is missing.
    /// - Parameters:
    ///   - baseline: the earlier evaluation, the one compared with.
    ///   - id: the later evaluation, whose date and datasets head the report.
    public func diff(from baseline: Int64, to id: Int64, logger: Logger) async throws -> EvaluationReport? {
        guard let before = try await self.header(of: baseline, logger: logger), let after = try await self.header(of: id, logger: logger) else {
            return nil
        }
        let previous = try await self.findings(of: baseline, logger: logger)
        let current = try await self.findings(of: id, logger: logger)
        let diff = FindingDiff(previous: previous.map(\.finding.fingerprint), current: current.map(\.finding.fingerprint))
        var entries = current.map { stored in
            EvaluationReport.Entry(
                finding: stored.finding,
                status: diff.status(ofCurrent: stored.finding.fingerprint),
                firstSeen: stored.firstSeen,
                lastSeen: id
            )
        }
        let gone = previous.filter { diff.resolved.contains($0.finding.fingerprint) }
        let lastSeen = try await self.lastSeen(gone.map(\.finding.fingerprint), upTo: max(baseline, id), logger: logger)
        entries += gone.map { stored in
            EvaluationReport.Entry(
                finding: stored.finding,
                status: .resolved,
                firstSeen: stored.firstSeen,
                lastSeen: lastSeen[stored.finding.fingerprint] ?? baseline
            )
        }
        var report = EvaluationReport(
            evaluationID: id,
            asOf: after.asOf,
            registryVersion: after.registryVersion,
            datasets: after.datasets,
            baseline: .init(evaluationID: baseline, asOf: before.asOf, registryVersion: before.registryVersion, datasets: before.datasets),
            entries: Self.sorted(entries)
        )
        report.cleanTelco = after.cleanTelco
        report.baseline?.cleanTelco = before.cleanTelco
        return report
    }

    private struct Header {
        var asOf: Day
        var registryVersion: Int64?
        var datasets: [Snapshot.DatasetRef]
        var cleanTelco: [CleanTelcoStatus]
    }

    private struct StoredFinding {
        var finding: Finding
        var status: EvaluationReport.Status
        var firstSeen: Int64
    }

    private func header(of id: Int64, logger: Logger) async throws -> Header? {
        var found: (asOf: Day, registry: Int64?, datasets: [Int64], cleanTelco: [CleanTelcoStatus])?
        for try await (asOf, registry, datasets, cleanTelco) in try await self.client.query(
            "SELECT as_of::text, registry_version, dataset_ids, clean_telco::text FROM evaluations WHERE id = \(id) AND status = 'succeeded'",
            logger: logger
        ).decode((String, Int64?, [Int64], String).self) {
            let statuses = try JSONDecoder().decode([CleanTelcoStatus].self, from: Data(cleanTelco.utf8))
            found = (try UnreadableStoredValue.day(asOf, table: "evaluations", column: "as_of"), registry, datasets, statuses)
        }
        guard let found else { return nil }
        var datasets: [Snapshot.DatasetRef] = []
        for try await (dataset, kind, file, sha) in try await self.client.query(
            "SELECT id, kind, file_name, sha256 FROM datasets WHERE id = ANY(\(found.datasets)) ORDER BY id",
            logger: logger
        ).decode((Int64, String, String, String).self) {
            datasets.append(.init(id: dataset, kind: kind, file: file, sha256: sha))
        }
        return Header(asOf: found.asOf, registryVersion: found.registry, datasets: datasets, cleanTelco: found.cleanTelco)
    }

    private func findings(of id: Int64, logger: Logger) async throws -> [StoredFinding] {
        let decoder = JSONDecoder()
        var findings: [StoredFinding] = []
        for try await (json, status, firstSeen) in try await self.client.query(
            "SELECT finding::text, status, first_seen FROM findings WHERE evaluation_id = \(id)",
            logger: logger
        ).decode((String, EvaluationReport.Status, Int64).self) {
            let finding = try decoder.decode(Finding.self, from: Data(json.utf8))
            findings.append(StoredFinding(finding: finding, status: status, firstSeen: firstSeen))
        }
        return findings
    }

    /// The last successful evaluation, up to `limit`, that holds each fingerprint.
    private func lastSeen(_ fingerprints: [String], upTo limit: Int64, logger: Logger) async throws -> [String: Int64] {
        guard !fingerprints.isEmpty else { return [:] }
        var result: [String: Int64] = [:]
        for try await (fingerprint, id) in try await self.client.query(
            """
            SELECT f.fingerprint, max(f.evaluation_id) FROM findings f JOIN evaluations e ON e.id = f.evaluation_id
            WHERE e.status = 'succeeded' AND f.fingerprint = ANY(\(fingerprints)) AND f.evaluation_id <= \(limit)
            GROUP BY f.fingerprint
            """,
            logger: logger
        ).decode((String, Int64).self) {
            result[fingerprint] = id
        }
        return result
    }

    private static func sorted(_ entries: [EvaluationReport.Entry]) -> [EvaluationReport.Entry] {
        entries.sorted {
            ($0.finding.rule, $0.finding.subject.ref, $0.finding.counterpart.ref, $0.finding.fingerprint)
                < ($1.finding.rule, $1.finding.subject.ref, $1.finding.counterpart.ref, $1.finding.fingerprint)
        }
    }
}
