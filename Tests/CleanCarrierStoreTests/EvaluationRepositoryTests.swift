import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EvaluationRepositoryTests {
    static let day = Day(iso: "2024-06-01")!

    static func evaluate(client: PostgresClient, jobKey: String? = nil) async throws -> Int64 {
        let snapshot = try await SnapshotLoader(client: client).load(asOf: Self.day, logger: TestDatabase.logger)
        let result = try Evaluator().evaluate(snapshot)
        return try await client.withTransaction(logger: TestDatabase.logger) { connection in
            try await EvaluationRepository.save(
                result,
                snapshot: snapshot,
                trigger: "test",
                jobKey: jobKey,
                on: connection,
                logger: TestDatabase.logger
            )
        }
    }

    @Test func fixturesGiveRealCC1FindingsWithEvidence() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let id = try await Self.evaluate(client: client)
            let report = try #require(try await EvaluationRepository(client: client).report(evaluation: id, logger: TestDatabase.logger))
            #expect(report.entries.count > 50)
            let cogent = try #require(report.entries.first { $0.finding.subject.ref == "AS174" && $0.finding.counterpart.ref == "AS4134" })
            #expect(cogent.finding.severity == .violation)
            #expect(
                cogent.finding.evidence.records.contains {
                    $0.basis == .inferred && $0.detail == "AS174 is a provider of AS4134" && $0.origin.line != nil
                }
            )
            #expect(
                cogent.finding.evidence.trustChains.contains {
                    $0.contains("China Telecommunications Corporation → Clean Carrier listing 2020-08-05")
                }
            )
            let declared = try #require(report.entries.first { $0.finding.subject.ref == "att" })
            #expect(declared.finding.counterpart.ref == "china-telecom-americas")
            #expect(declared.finding.evidence.records.first?.origin.line == 5)
        }
    }

    @Test func evaluatingTwiceGivesIdenticalFindingsMarkedPersisting() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let repository = EvaluationRepository(client: client)
            let first = try #require(try await repository.report(evaluation: try await Self.evaluate(client: client), logger: TestDatabase.logger))
            let second = try #require(try await repository.report(evaluation: try await Self.evaluate(client: client), logger: TestDatabase.logger))
            #expect(first.entries.map(\.finding) == second.entries.map(\.finding))
            #expect(try JSONReportRenderer.render(first.withoutHistory) == (try JSONReportRenderer.render(second.withoutHistory)))
            #expect(first.entries.allSatisfy { $0.status == .new })
            #expect(second.entries.allSatisfy { $0.status == .persisting && $0.firstSeen == first.evaluationID })
        }
    }

    @Test func savingWithTheSameJobKeyDoesNotDoubleTheEvaluation() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let first = try await Self.evaluate(client: client, jobKey: "job-1")
            let second = try await Self.evaluate(client: client, jobKey: "job-1")
            #expect(first == second)
            for try await count in try await client.query("SELECT count(*) FROM evaluations", logger: TestDatabase.logger).decode(Int.self) {
                #expect(count == 1)
            }
        }
    }
}

extension EvaluationReport {
    /// The report without what differs between two evaluations of the same inputs (ids and history).
    var withoutHistory: EvaluationReport {
        var report = EvaluationReport(
            evaluationID: 0,
            asOf: self.asOf,
            registryVersion: self.registryVersion,
            datasets: self.datasets,
            entries: self.entries.map { .init(finding: $0.finding, status: .new, firstSeen: 0, lastSeen: 0) }
        )
        report.cleanTelco = self.cleanTelco
        return report
    }
}
