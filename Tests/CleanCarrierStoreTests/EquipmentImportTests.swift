import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// Equipment inventories in the store: one transaction, errors by line and field, a telco's own networks only, the
/// snapshot, rule CC-6 and the clean-telco statuses through evaluations, repeatable and diffed.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EquipmentImportTests {
    static let header = "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\n"

    static func importInventory(_ text: String, file: String = "inventory.csv", client: PostgresClient) async throws -> ImportOutcome {
        try await DatasetImporter(client: client).importEquipment(file: file, data: Data(text.utf8), logger: TestDatabase.logger)
    }

    static func fixture() throws -> String { String(decoding: try StoreFixtures.data("equipment/inventory.csv"), as: UTF8.self) }

    @Test func theFixtureIsImportedOnceAndLoadedIntoTheSnapshot() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let text = try Self.fixture()
            let first = try await Self.importInventory(text, client: client)
            #expect(first.status == .imported && first.rows == 12)
            #expect(try await Self.importInventory(text, client: client).status == .unchanged)
            let snapshot = try await SnapshotLoader(client: client).load(
                asOf: EvaluationRepositoryTests.day,
                kinds: [.equipment],
                logger: TestDatabase.logger
            )
            let parsed = try EquipmentCSVReader.elements(in: text, file: "inventory.csv", dataset: first.datasetID)
            #expect(snapshot.equipment == parsed)
        }
    }

    @Test func aBadInventoryIsRejectedByLineAndFieldAndChangesNothing() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let text =
                Self.header
                + "att,Site,control,core,nokia,M,2019-01-01,,\natt,Site,control,core,no-such-vendor,M,2019-01-01,,\natt,Site,radio,core,nokia,M,2019-01-01,,\n"
            let outcome = try await Self.importInventory(text, file: "bad.csv", client: client)
            #expect(outcome.status == .rejected)
            #expect(
                outcome.errors.map(\.description) == [
                    "bad.csv:3: vendor: unknown vendor 'no-such-vendor': not in the active registry (add it as an entity of kind vendor)",
                    "bad.csv:4: role: 'radio' is not one of: transmission, control, computing, storage",
                ]
            )
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    @Test func aTelcoCannotUploadAnotherTelcosInventory() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let importer = DatasetImporter(client: client)
            let text =
                Self.header
                + "att,Site,control,core,nokia,M,2019-01-01,,\nAS7018,Site,control,core,nokia,M,2019-01-01,,\nverizon,Site,control,core,nokia,M,2019-01-01,,\n"
            let refused = try await importer.importEquipment(
                file: "att.csv",
                data: Data(text.utf8),
                tenant: nil,
                ownNetworks: ["att", "AS7018"],
                logger: TestDatabase.logger
            )
            #expect(refused.status == .rejected)
            #expect(refused.errors.map(\.description) == ["att.csv:4: network: 'verizon' is not one of the uploader's entities or networks"])
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    @Test func evaluationsFindCC6AndStoreEachCarriersStatusRepeatably() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await StoreFixtures.importVoice(client: client)
            _ = try await Self.importInventory(try Self.fixture(), client: client)
            let repository = EvaluationRepository(client: client)
            let first = try #require(
                try await repository.report(evaluation: try await EvaluationRepositoryTests.evaluate(client: client), logger: TestDatabase.logger)
            )
            let cc6 = first.entries.filter { $0.finding.rule == .equipment }.map(\.finding)
            #expect(cc6.map { "\($0.subject.ref) \($0.counterpart.ref)" } == ["lumen zte-usa", "lumen zte-usa"])
            #expect(cc6.contains { $0.summary.contains("past the replacement plan date (2023-12-31)") })
            #expect(cc6.allSatisfy { $0.evidence.trustChains.first?.contains("(controlled by) ZTE Corporation → Covered List 2021-03-12") == true })
            let statuses = Dictionary(uniqueKeysWithValues: first.cleanTelco.map { ($0.carrier.ref, $0.verdict) })
            #expect(statuses["att"] == .clean && statuses["lumen"] == .notClean && statuses["verizon"] == .unknown)
            #expect(statuses["china-telecom-americas"] == .notClean)
            #expect(MarkdownReportRenderer.render(first).contains("| att (AT&T Services Inc., US) | clean | 3 element(s) in service declared"))
            #expect(HTMLReportRenderer.render(first).contains("<section id=\"clean-path\">"))
            #expect(CSVReportRenderer.render(first).contains(",clean-telco,not-clean,,lumen,"))

            let second = try #require(
                try await repository.report(evaluation: try await EvaluationRepositoryTests.evaluate(client: client), logger: TestDatabase.logger)
            )
            let (a, b) = (first.withoutHistory, second.withoutHistory)
            #expect(try JSONReportRenderer.render(a) == (try JSONReportRenderer.render(b)))
            #expect(CSVReportRenderer.render(a) == CSVReportRenderer.render(b))
            #expect(MarkdownReportRenderer.render(a) == MarkdownReportRenderer.render(b))
            #expect(HTMLReportRenderer.render(a) == HTMLReportRenderer.render(b))
            #expect(!a.cleanTelco.isEmpty && a.cleanTelco == b.cleanTelco)
        }
    }

    @Test func addingOneInventoryRowChangesExactlyTheVerdictsItTouchesAndTheDiffSaysSo() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let text = try Self.fixture()
            _ = try await Self.importInventory(text, client: client)
            let first = try await EvaluationRepositoryTests.evaluate(client: client)
            let added = text + "verizon,Ashburn edge,transmission,ip-routing,huawei,NE40E,2019-01-01,,\n"
            #expect(try await Self.importInventory(added, file: "inventory-v2.csv", client: client).status == .imported)
            let second = try await EvaluationRepositoryTests.evaluate(client: client)
            let diff = try #require(try await EvaluationRepository(client: client).diff(from: first, to: second, logger: TestDatabase.logger))
            #expect(EvaluationDiffTests.keys(diff, .new) == ["CC-6 verizon huawei"])
            #expect(EvaluationDiffTests.keys(diff, .resolved).isEmpty)
            #expect(diff.cleanTelcoChanges.map(\.line) == ["verizon: unknown → not clean"])
            let markdown = MarkdownReportRenderer.render(diff)
            #expect(markdown.contains("Changed since the baseline:\n\n- verizon: unknown → not clean: "))
            #expect(
                CSVReportRenderer.render(diff).split(separator: "\n").filter { $0.contains(",clean-telco,") && $0.contains(",changed,") }.count == 1
            )
        }
    }
}
