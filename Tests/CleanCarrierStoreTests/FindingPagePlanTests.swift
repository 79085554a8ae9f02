import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// Every page `GET /findings` asks for (the filters of `scripts/bench-api`) is planned as an index scan, never a
/// sequential scan of the findings table, on a table big enough for the planner to care.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct FindingPagePlanTests {
    typealias Filter = FindingRepository.Filter

    /// The bench's pages: (name, filter, limit, whether the page must be one index range: every filter in the index
    /// condition, none left to filter rows with, and the index order giving the page without a sort).
    static let pages: [(String, Filter, Int, Bool)] = [
        ("first page", Filter(), 20, true),
        ("rule", Filter(rule: .directInterconnect), 20, true),
        ("severity", Filter(severity: .violation), 20, true),
        ("status", Filter(status: .new), 10, true),
        ("subject", Filter(subject: "att"), 20, true),
        ("subject and rule", Filter(rule: .directInterconnect, subject: "AS7018"), 20, false),
        ("telco view", Filter(subjects: ["att", "AS7018"]), 20, false),
    ]

    @Test(arguments: [FindingRepository.summaryColumns, FindingRepository.recordColumns])
    func everyBenchPageIsAnIndexScan(columns: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await Self.seedSyntheticFindings(client: client)
            for (name, filter, limit, range) in Self.pages {
                for after in [nil, "8"] {
                    let page = FindingRepository.pageQuery(columns: columns, evaluation: 2, filter: filter, after: after, limit: limit)
                    let plan = try await Self.explain(page, client: client)
                    #expect(!plan.contains("Seq Scan"), "\(name) (after \(after ?? "-")): \(plan)")
                    #expect(plan.contains("Index"), "\(name) (after \(after ?? "-")): \(plan)")
                    if range {
                        #expect(!plan.contains("Sort"), "\(name) (after \(after ?? "-")): \(plan)")
                        #expect(!plan.contains("Filter:"), "\(name) (after \(after ?? "-")): \(plan)")
                    }
                }
            }
        }
    }

    /// Two evaluations of 30,000 findings each, spread over five rules, three severities, two statuses and 3,000
    /// subjects (`att` and `AS7018` hold 1% each), then ANALYZE.
    static func seedSyntheticFindings(client: PostgresClient) async throws {
        let logger = TestDatabase.logger
        try await client.query(
            "INSERT INTO evaluations (as_of, dataset_ids, trigger, status) VALUES ('2024-01-01', '{}', 'test', 'succeeded'), ('2024-01-02', '{}', 'test', 'succeeded')",
            logger: logger
        )
        try await client.query(
            """
            INSERT INTO findings (evaluation_id, fingerprint, rule, severity, subject, counterpart, summary, finding, first_seen, status)
            SELECT e, md5(i::text), (ARRAY['CC-1', 'CC-1D', 'CC-2', 'CC-3', 'CC-4'])[1 + i % 5], (ARRAY['violation', 'exposure', 'notice'])[1 + i % 3],
                CASE i % 100 WHEN 0 THEN 'att' WHEN 1 THEN 'AS7018' ELSE 'AS' || (i % 3000) END, 'AS4134', 'synthetic',
                '{"subject": {"ref": "x", "untrusted": false}, "counterpart": {"ref": "AS4134", "untrusted": true}}', 1,
                CASE WHEN i % 2 = 0 THEN 'new' ELSE 'persisting' END
            FROM generate_series(1, 2) e, generate_series(1, 30000) i
            """,
            logger: logger
        )
        try await client.query("ANALYZE findings", logger: logger)
    }

    static func explain(_ query: PostgresQuery, client: PostgresClient) async throws -> String {
        var lines: [String] = []
        let rows = try await client.query(PostgresQuery(unsafeSQL: "EXPLAIN " + query.sql, binds: query.binds), logger: TestDatabase.logger)
        for try await line in rows.decode(String.self) { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
