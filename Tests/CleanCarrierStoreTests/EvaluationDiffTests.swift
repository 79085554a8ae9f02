import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EvaluationDiffTests {
    /// `rule subject counterpart` of each entry with `status`.
    static func keys(_ report: EvaluationReport, _ status: EvaluationReport.Status) -> [String] {
        report.entries.filter { $0.status == status }.map { "\($0.finding.rule.rawValue) \($0.finding.subject.ref) \($0.finding.counterpart.ref)" }
    }

    /// Uploads the fixture interconnects with line `original` replaced by `replacement`.
    static func uploadChanged(_ original: String, to replacement: String, client: PostgresClient) async throws {
        let text = try String(decoding: StoreFixtures.data("interconnects/declared.csv"), as: UTF8.self)
        try #require(text.contains(original + "\n"))
        let changed = text.replacingOccurrences(of: original + "\n", with: replacement + "\n")
        let outcome = try await DatasetImporter(client: client).importInterconnects(
            file: "declared-v2.csv",
            data: Data(changed.utf8),
            logger: TestDatabase.logger
        )
        #expect(outcome.status == .imported)
    }

    @Test(arguments: [
        // An IP peering moves from China Mobile International to China Telecom: the declared-only CC-1 finding, its
        // "declared, not routed" notice and AT&T's "routed, not declared" notice for AS4134 go; nothing is new.
        (
            "AS7018,AS58453,ip-peering,Any2 Los Angeles,Los Angeles,US,2020-01-01,",
            "AS7018,AS4134,ip-peering,Any2 Los Angeles,Los Angeles,US,2020-01-01,",
            [String](), ["CC-1 AS7018 AS58453", "CC-1D att AS4134", "CC-1D att AS58453"]
        ),
        // A voice interconnect moves from Pacific Networks to China Unicom Americas: one CC-1 finding goes, one comes.
        (
            "comcast,pacific-networks,voice-tdm,,Los Angeles,US,2016-05-01,", "comcast,china-unicom-americas,voice-tdm,,Los Angeles,US,2016-05-01,",
            ["CC-1 comcast china-unicom-americas"], ["CC-1 comcast pacific-networks"]
        ),
    ])
    func changingOneDeclaredInterconnectChangesExactlyTheFindingsThatDependOnIt(
        original: String,
        replacement: String,
        new: [String],
        resolved: [String]
    ) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let first = try await EvaluationRepositoryTests.evaluate(client: client)
            try await Self.uploadChanged(original, to: replacement, client: client)
            let second = try await EvaluationRepositoryTests.evaluate(client: client)
            let repository = EvaluationRepository(client: client)
            let diff = try #require(try await repository.diff(from: first, to: second, logger: TestDatabase.logger))
            let before = try #require(try await repository.report(evaluation: first, logger: TestDatabase.logger))
            #expect(diff.baseline?.evaluationID == first && diff.evaluationID == second)
            #expect(Self.keys(diff, .new) == new)
            #expect(Self.keys(diff, .resolved) == resolved)
            #expect(diff.count(of: .persisting) == before.entries.count - resolved.count)
            #expect(diff.entries.filter { $0.status == .resolved }.allSatisfy { $0.lastSeen == first && $0.firstSeen == first })
            #expect(diff.entries.filter { $0.status != .resolved }.allSatisfy { $0.lastSeen == second })
            let stored = try #require(try await repository.report(evaluation: second, logger: TestDatabase.logger))
            #expect(Self.keys(stored, .new) == new, "the stored statuses of the second evaluation agree with the diff")
        }
    }

    @Test func evaluatingTwiceGivesIdenticalBytesInEveryFormat() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let repository = EvaluationRepository(client: client)
            let first = try #require(
                try await repository.report(evaluation: try await EvaluationRepositoryTests.evaluate(client: client), logger: TestDatabase.logger)
            )
            let second = try #require(
                try await repository.report(evaluation: try await EvaluationRepositoryTests.evaluate(client: client), logger: TestDatabase.logger)
            )
            #expect(Set(first.rules) == [.directInterconnect, .declaredVersusRouting, .dataTransit, .presence])
            let a = first.withoutHistory
            let b = second.withoutHistory
            #expect(try JSONReportRenderer.render(a) == (try JSONReportRenderer.render(b)))
            #expect(CSVReportRenderer.render(a) == CSVReportRenderer.render(b))
            #expect(MarkdownReportRenderer.render(a) == MarkdownReportRenderer.render(b))
            #expect(HTMLReportRenderer.render(a) == HTMLReportRenderer.render(b))
            let same = try #require(try await repository.diff(from: first.evaluationID, to: second.evaluationID, logger: TestDatabase.logger))
            #expect(same.count(of: .persisting) == first.entries.count && same.count(of: .new) == 0 && same.count(of: .resolved) == 0)
        }
    }

    @Test func diffWithAMissingEvaluationIsNil() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let id = try await EvaluationRepositoryTests.evaluate(client: client)
            #expect(try await EvaluationRepository(client: client).diff(from: id + 1, to: id, logger: TestDatabase.logger) == nil)
        }
    }
}
