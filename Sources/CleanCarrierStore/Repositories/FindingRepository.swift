import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Reads findings: filtered pages (by fingerprint, with a cursor) and single findings, optionally limited to the
/// subjects a telco may see.
public struct FindingRepository: Sendable {
    /// Which findings to read.
    public struct Filter: Sendable {
        public var rule: Finding.Rule?
        public var severity: Finding.Severity?
        public var subject: String?
        public var status: EvaluationReport.Status?
        /// The only subjects the reader may see (a telco's entities and their ASNs); `nil` for all.
        public var subjects: [String]?

        public init(
            rule: Finding.Rule? = nil,
            severity: Finding.Severity? = nil,
            subject: String? = nil,
            status: EvaluationReport.Status? = nil,
            subjects: [String]? = nil
        ) {
            self.rule = rule
            self.severity = severity
            self.subject = subject
            self.status = status
            self.subjects = subjects
        }
    }

    /// The columns a page with evidence reads.
    package static let recordColumns = "finding::text, status, first_seen"
    /// The columns a page without evidence reads: no evidence leaves the database.
    package static let summaryColumns =
        "fingerprint, rule, severity, status, first_seen, summary, (finding->'subject')::text, (finding->'counterpart')::text"

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Up to `limit` findings of evaluation `evaluation` whose fingerprint sorts after `after`, by fingerprint, with
    /// their evidence.
    public func page(evaluation: Int64, filter: Filter, after: String?, limit: Int, logger: Logger) async throws -> [FindingRecord] {
        try await self.records(
            Self.pageQuery(columns: Self.recordColumns, evaluation: evaluation, filter: filter, after: after, limit: limit),
            evaluation: evaluation,
            logger: logger
        )
    }

    /// The same page as `page(evaluation:filter:after:limit:logger:)` without the evidence: only the parties are
    /// read out of the stored finding, so a page costs a few small JSON values per finding instead of its whole evidence.
    public func summaries(evaluation: Int64, filter: Filter, after: String?, limit: Int, logger: Logger) async throws -> [FindingSummary] {
        let query = Self.pageQuery(columns: Self.summaryColumns, evaluation: evaluation, filter: filter, after: after, limit: limit)
        let decoder = JSONDecoder()
        var summaries: [FindingSummary] = []
        for try await (fingerprint, rule, severity, status, firstSeen, summary, subject, counterpart) in try await self.client.query(
            query,
            logger: logger
        ).decode((String, String, String, EvaluationReport.Status, Int64, String, String, String).self) {
            guard let rule = Finding.Rule(rawValue: rule), let severity = Finding.Severity(rawValue: severity) else {
                throw UnknownFindingValue(fingerprint: fingerprint, rule: rule, severity: severity)
            }
            summaries.append(
                FindingSummary(
                    evaluationID: evaluation,
                    fingerprint: fingerprint,
                    rule: rule,
                    severity: severity,
                    status: status,
                    firstSeen: firstSeen,
                    subject: try decoder.decode(Party.self, from: Data(subject.utf8)),
                    counterpart: try decoder.decode(Party.self, from: Data(counterpart.utf8)),
                    summary: summary
                )
            )
        }
        return summaries
    }

    /// The finding `fingerprint` of evaluation `evaluation`, when it exists and its subject is among `subjects` (if given).
    public func finding(fingerprint: String, evaluation: Int64, subjects: [String]?, logger: Logger) async throws -> FindingRecord? {
        try await self.records(
            """
            SELECT finding::text, status, first_seen FROM findings WHERE evaluation_id = \(evaluation) AND fingerprint = \(fingerprint)
            AND (\(subjects == nil) OR subject = ANY(\(subjects ?? [])))
            """,
            evaluation: evaluation,
            logger: logger
        ).first
    }

    /// The subjects a telco bound to `entities` may see in evaluation `evaluation`: the entities and the ASNs they
    /// hold in that evaluation's registry version (`AS7018`).
    public func subjects(boundTo entities: [String], evaluation: Int64?, logger: Logger) async throws -> [String] {
        var subjects = entities
        let rows = try await self.client.query(
            """
            SELECT DISTINCT 'AS' || i.value FROM identifiers i
            WHERE i.kind = 'asn' AND i.holder_id = ANY(\(entities)) AND i.dataset_id = coalesce(
                (SELECT registry_version FROM evaluations WHERE id = \(evaluation)),
                (SELECT id FROM datasets WHERE kind = 'registry' AND status = 'active' ORDER BY id DESC LIMIT 1))
            """,
            logger: logger
        )
        for try await asn in rows.decode(String.self) { subjects.append(asn) }
        return subjects
    }

    /// A filtered page of `columns` (compile-time SQL only). Each filter is bound; with the values known when the
    /// statement is planned, a page is a range scan of one `findings_by_*` index in fingerprint order (0008).
    /// `package` so that a test can EXPLAIN it.
    package static func pageQuery(columns: String, evaluation: Int64, filter: Filter, after: String?, limit: Int) -> PostgresQuery {
        """
        SELECT \(unescaped: columns) FROM findings
        WHERE evaluation_id = \(evaluation) AND (\(filter.rule?.rawValue)::text IS NULL OR rule = \(filter.rule?.rawValue))
        AND (\(filter.severity?.rawValue)::text IS NULL OR severity = \(filter.severity?.rawValue)) AND (\(filter.subject)::text IS NULL OR subject = \(filter.subject))
        AND (\(filter.status?.rawValue)::text IS NULL OR status = \(filter.status?.rawValue)) AND (\(filter.subjects == nil) OR subject = ANY(\(filter.subjects ?? [])))
        AND (\(after)::text IS NULL OR fingerprint > \(after))
        ORDER BY fingerprint LIMIT \(limit)
        """
    }

    private func records(_ query: PostgresQuery, evaluation: Int64, logger: Logger) async throws -> [FindingRecord] {
        let decoder = JSONDecoder()
        var records: [FindingRecord] = []
        for try await (json, status, firstSeen) in try await self.client.query(query, logger: logger).decode(
            (String, EvaluationReport.Status, Int64).self
        ) {
            let finding = try decoder.decode(Finding.self, from: Data(json.utf8))
            records.append(FindingRecord(evaluationID: evaluation, finding: finding, status: status, firstSeen: firstSeen))
        }
        return records
    }
}
