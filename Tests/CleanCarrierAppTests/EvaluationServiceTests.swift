import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The `EvaluationService`, which `cleancarrier evaluate` and `demo` call in-process (and the job handler through
/// `prepare`): one evaluation per call, saved with the webhook deliveries of its status changes.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EvaluationServiceTests {
    static let logger = TestDatabase.logger
    static let day = Day(iso: "2024-01-01")!
    static let fixtures = TestDatabase.repositoryRoot + "/Fixtures/"

    /// The registry, the CAIDA cut and the declared interconnects, through the `ImportService`.
    static func importFixtures(_ services: AppServices) async throws {
        for (kind, path) in [
            (DatasetKind.registry, "registry/registry.yaml"), (.asRelationships, "caida/prc-neighbourhood.as-rel.txt"),
            (.interconnects, "interconnects/declared.csv"),
        ] {
            let outcomes = try await services.imports.importFiles([Self.fixtures + path], kind: kind, logger: Self.logger)
            try #require(outcomes.map(\.status) == [.imported])
        }
    }

    /// The delivery bodies queued for `evaluation`.
    static func deliveries(of evaluation: Int64, client: PostgresClient) async throws -> [StatusChangeNotifier.Body] {
        var bodies: [StatusChangeNotifier.Body] = []
        for try await body in try await client.query(
            "SELECT body FROM webhook_deliveries WHERE evaluation_id = \(evaluation) ORDER BY id",
            logger: Self.logger
        ).decode(String.self) {
            bodies.append(try JSONDecoder().decode(StatusChangeNotifier.Body.self, from: Data(body.utf8)))
        }
        return bodies
    }

    @Test func eachEvaluationQueuesTheDeliveriesOfItsStatusChangesOnly() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let services = AppServices(client: client)
            try await Self.importFixtures(services)
            // Queued only, never sent here: a loopback address, which an operator must allow.
            let webhooks = WebhookRepository(
                client: client,
                secrets: WebhookSecretBox(base64: Data(repeating: 3, count: 32).base64EncodedString()),
                targets: WebhookTargetPolicy(allowPrivateTargets: true)
            )
            _ = try await webhooks.add(url: "http://127.0.0.1:9/hook", secret: String(repeating: "s", count: 32), logger: Self.logger)

            let first = try await services.evaluations.evaluate(asOf: Self.day, trigger: "cli", logger: Self.logger)
            #expect(first.findingCount > 0)
            #expect(first.deliveryJobs.count == 1, "every violation of the first evaluation is new")
            let firstBody = try #require(try await Self.deliveries(of: first.id, client: client).only)
            #expect(firstBody.trigger == "cli" && firstBody.previousEvaluationID == nil && !firstBody.newViolations.isEmpty)

            let again = try await services.evaluations.evaluate(asOf: Self.day, trigger: "cli", logger: Self.logger)
            #expect(again.findingCount == first.findingCount)
            #expect(again.deliveryJobs.isEmpty, "nothing changed")
            #expect(try await Self.deliveries(of: again.id, client: client).isEmpty)

            let original = try String(contentsOfFile: Self.fixtures + "interconnects/declared.csv", encoding: .utf8)
            let changed = original.replacingOccurrences(of: "comcast,pacific-networks,voice-tdm", with: "comcast,china-unicom-americas,voice-tdm")
            try #require(changed != original)
            let upload = try await services.imports.importData(Data(changed.utf8), file: "declared.csv", kind: .interconnects, logger: Self.logger)
            try #require(upload.status == .imported)
            let third = try await services.evaluations.evaluate(asOf: Self.day, trigger: "demo", logger: Self.logger)
            #expect(third.deliveryJobs.count == 1)
            let body = try #require(try await Self.deliveries(of: third.id, client: client).only)
            #expect(body.previousEvaluationID == again.id)
            #expect(body.newViolations.map(\.counterpart) == ["china-unicom-americas"])
            #expect(body.resolved.map(\.counterpart) == ["pacific-networks"])
            let evaluations = try await client.query("SELECT count(*)::int FROM evaluations", logger: Self.logger).requiredRow(
                Int.self,
                statement: "count"
            )
            #expect(evaluations == 3, "one evaluation per call")
        }
    }

    @Test func aGraphThatCannotBeBuiltFailsTheEvaluationInsteadOfDroppingCC2() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let services = AppServices(client: client)
            try await Self.importFixtures(services)
            // A provider cycle written straight into the store: the importer would have refused the file.
            let dataset = try await client.query(
                "SELECT id FROM datasets WHERE kind = 'as-rel' AND status = 'active'",
                logger: Self.logger
            ).requiredRow(Int64.self, statement: "as-rel")
            try await client.query(
                "INSERT INTO as_links (dataset_id, a, b, rel, source, line) VALUES (\(dataset), 4134, 7018, -1, 'test', 1), (\(dataset), 7018, 4134, -1, 'test', 2)",
                logger: Self.logger
            )
            await #expect(throws: InputErrors.self) {
                try await services.evaluations.evaluate(asOf: Self.day, trigger: "cli", logger: Self.logger)
            }
            let count = try await client.query("SELECT count(*)::int FROM evaluations", logger: Self.logger).requiredRow(Int.self, statement: "count")
            #expect(count == 0, "nothing half-written")
        }
    }
}

extension Collection {
    /// The one element, or `nil` when there are none or several.
    var only: Element? { self.count == 1 ? self.first : nil }
}
