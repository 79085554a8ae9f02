import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The demo as `cleancarrier demo` runs it, in-process: every fixture imported, one evaluation, its report and the
/// three Clean Path verdicts; a rejected fixture stops it before anything is evaluated.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct DemoRunTests {
    static let logger = TestDatabase.logger
    static let fixtures = TestDatabase.repositoryRoot + "/Fixtures"
    static let day = Day(iso: "2026-12-01")!

    @Test func theDemoImportsEveryFixtureEvaluatesOnceAndChecksOnePathOfEachVerdict() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let services = AppServices(client: client)
            var imported: [String] = []
            let demo = try await DemoRun.run(fixtures: Self.fixtures, asOf: Self.day, services: services, logger: Self.logger) { progress in
                if case .imported(let file, let outcome) = progress, outcome.status == .imported { imported.append(file) }
            }
            #expect(imported == DemoRun.steps.map { "\(Self.fixtures)/\($0.path)" })
            #expect(demo.evaluation.findingCount > 0 && demo.report.entries.count == demo.evaluation.findingCount)
            #expect(Set(demo.report.entries.map(\.finding.rule.rawValue)).isSuperset(of: ["CC-1", "CC-2", "CC-3"]))
            #expect(demo.cleanPaths.map(\.verdict) == [.clean, .notClean, .unknown])
            #expect(demo.document.hasPrefix("# ") && demo.document.contains("## Clean Path checks"))
            #expect(demo.cleanPaths.allSatisfy { demo.document.contains($0.text) })

            let folder = NSTemporaryDirectory() + "cc-demo-reports-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let written = try demo.writeReports(into: folder)
            #expect(written == ["md", "json", "csv", "html"].map { "\(folder)/report.\($0)" })
            let markdown = try String(contentsOfFile: written[0], encoding: .utf8)
            #expect(markdown == MarkdownReportRenderer.render(demo.report) && demo.document.hasPrefix(markdown))

            var unchanged = 0
            let again = try await DemoRun.run(fixtures: Self.fixtures, asOf: Self.day, services: services, logger: Self.logger) { progress in
                if case .imported(_, let outcome) = progress, outcome.status == .unchanged { unchanged += 1 }
            }
            #expect(unchanged == DemoRun.steps.count, "identical fixtures are skipped")
            #expect(again.evaluation.findingCount == demo.evaluation.findingCount && again.evaluation.id != demo.evaluation.id)
        }
    }

    @Test func aRejectedFixtureStopsTheDemoBeforeTheEvaluation() async throws {
        let folder = NSTemporaryDirectory() + "cc-demo-\(UUID().uuidString.prefix(8))"
        try FileManager.default.copyItem(atPath: Self.fixtures, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let interconnects = folder + "/interconnects/declared.csv"
        let text = try String(contentsOfFile: interconnects, encoding: .utf8)
        try (text + "att,AS41x34,ip-peering,,,,,\n").write(toFile: interconnects, atomically: true, encoding: .utf8)
        try await TestDatabase.withFreshDatabase { client, _ in
            await #expect(throws: ImportRejection(files: [interconnects])) {
                try await DemoRun.run(fixtures: folder, asOf: Self.day, services: AppServices(client: client), logger: Self.logger)
            }
            let evaluations = try await client.query("SELECT count(*)::int FROM evaluations", logger: Self.logger).requiredRow(
                Int.self,
                statement: "count"
            )
            #expect(evaluations == 0)
        }
    }
}
