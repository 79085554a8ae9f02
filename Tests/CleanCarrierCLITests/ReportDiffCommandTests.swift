import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier report EVALUATION --diff OTHER`, end to end with the real binary, in every format.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ReportDiffCommandTests {
    @Test func diffOfTwoEvaluationsRendersInEveryFormat() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let output = NSTemporaryDirectory() + "cc-diff-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: output) }
            #expect(try await DemoCommandTests.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: database).status == 0)
            let original = try String(contentsOfFile: TestDatabase.repositoryRoot + "/Fixtures/interconnects/declared.csv", encoding: .utf8)
            let changed = original.replacingOccurrences(of: "comcast,pacific-networks,voice-tdm", with: "comcast,china-unicom-americas,voice-tdm")
            try changed.write(toFile: "\(output)/declared-v2.csv", atomically: true, encoding: .utf8)
            #expect(try await DemoCommandTests.run(["import", "interconnects", "\(output)/declared-v2.csv"], databaseURL: database).status == 0)
            let evaluate = try await DemoCommandTests.run(["evaluate", "--as-of", "2024-06-01"], databaseURL: database)
            #expect(evaluate.stdout.hasPrefix("evaluation #2:"), "\(evaluate.stdout)\(evaluate.stderr)")

            let json = try await DemoCommandTests.run(["report", "2", "--diff", "1", "--format", "json"], databaseURL: database)
            #expect(json.status == 0, "\(json.stderr)")
            let report = try JSONDecoder().decode(EvaluationReport.self, from: Data(json.stdout.utf8))
            #expect(report.baseline?.evaluationID == 1 && report.evaluationID == 2)
            #expect(report.entries.filter { $0.status == .resolved }.map(\.finding.counterpart.ref) == ["pacific-networks"])
            #expect(report.entries.filter { $0.status == .new }.map(\.finding.counterpart.ref) == ["china-unicom-americas"])

            let markdown = try await DemoCommandTests.run(["report", "2", "--diff", "1"], databaseURL: database)
            #expect(
                markdown.stdout.contains("- Changes from evaluation #1 (as of 2024-06-01) to #2 (as of 2024-06-01)\n- Changes: 1 new, 1 resolved, ")
            )
            let csv = try await DemoCommandTests.run(["report", "2", "--diff", "1", "--format", "csv"], databaseURL: database)
            let resolvedRow = try #require(csv.stdout.split(separator: "\n").first { $0.contains(",resolved,comcast,") })
            #expect(resolvedRow.hasSuffix(",1,1,1"), "first seen 1, last seen 1, baseline 1")
            let html = try await DemoCommandTests.run(
                ["report", "2", "--diff", "1", "--format", "html", "-o", "\(output)/diff.html"],
                databaseURL: database
            )
            #expect(html.status == 0)
            let page = try String(contentsOfFile: "\(output)/diff.html", encoding: .utf8)
            #expect(page.contains("<article class=\"finding violation resolved\""))
            #expect(page.contains("<caption>Changes since the baseline</caption>"))

            let missing = try await DemoCommandTests.run(["report", "2", "--diff", "9"], databaseURL: database)
            #expect(missing.status != 0 && missing.stderr.contains("there is no evaluation #2 or #9"))
        }
    }
}
