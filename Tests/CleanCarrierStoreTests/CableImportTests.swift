import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct CableImportTests {
    static let circuits = "carrier,cable,end_a,end_b,start,end\natt,pacific-test,hermosa-beach-ca-united-states,tseung-kwan-o-china,2019-01-01,\n"

    static func importCables(_ folder: String, client: PostgresClient) async throws -> (outcome: ImportOutcome, unmappedOwners: [String]) {
        try await DatasetImporter(client: client).importCables(folder: try CableMapFolder(path: folder), logger: TestDatabase.logger)
    }

    @Test func aFolderIsOneDatasetAndAnIdenticalFolderANoOp() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let folder = try CableMapSample.write()
            let first = try await Self.importCables(folder, client: client)
            #expect(first.outcome.status == .imported)
            #expect(first.outcome.rows == 4 + 5)
            #expect(first.unmappedOwners == ["Google", "Nobody Known Telecom, Ltd."])
            let owners = try await client.query(
                "SELECT name || '=' || coalesce(entity_id, '?') FROM cable_owners ORDER BY cable_id, position",
                logger: TestDatabase.logger
            )
            var mapped: [String] = []
            for try await row in owners.decode(String.self) { mapped.append(row) }
            #expect(
                mapped == [
                    "AT&T=att", "Nobody Known Telecom, Ltd.=?", "China Mobile=china-mobile-ltd", "China Telecom=china-telecom-corp-ltd", "Google=?",
                    "PCCW=pccw-global",
                ]
            )
            let again = try await Self.importCables(try CableMapSample.write(), client: client)
            #expect(again.outcome.status == .unchanged && again.outcome.datasetID == first.outcome.datasetID)
            let map = try #require(try await CableRepository(client: client).activeMap(logger: TestDatabase.logger)).map
            #expect(map.landingPoints["tseung-kwan-o-china"]?.latitude == 22.3077)
            #expect(map.cables.map(\.id) == ["atlantic-test", "future-test", "pacific-test", "pccw-test"])
        }
    }

    @Test(arguments: [
        (
            #"{"id":"pacific-test","name":"Pacific Test","landing_points":[{"id":"x","name":"X, Atlantis","country":"Atlantis"}],"owners":"A","is_planned":false}"#,
            "landing_points[0].country"
        ),
        (#"{"id":"pacific-test","name":"Pacific Test","landing_points":[],"owners":"A","is_planned":"no"}"#, "is_planned"),
    ])
    func aMalformedCableFileRejectsTheFolderByFileAndFieldWritingNothing(text: String, field: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await Self.importCables(try CableMapSample.write(), client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let bad = try await Self.importCables(try CableMapSample.write(replacing: ["cable/pacific-test.json": text]), client: client)
            #expect(bad.outcome.status == .rejected)
            #expect(bad.outcome.errors.contains { $0.file == "cable/pacific-test.json" && $0.field == field }, "\(bad.outcome.errors)")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    @Test func circuitUploadsAreValidatedByLineAndField() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await Self.importCables(try CableMapSample.write(), client: client)
            _ = try await TenantRepository(client: client).ensure("acme", logger: TestDatabase.logger)
            let importer = DatasetImporter(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let bad = "carrier,cable,end_a,end_b,start,end\natt,no-such-cable,US,JP,,\nnobody,pacific-test,US,XX,,\n"
            let rejected = try await importer.importCableCircuits(
                file: "circuits.csv",
                data: Data(bad.utf8),
                tenant: "acme",
                logger: TestDatabase.logger
            )
            #expect(rejected.status == .rejected)
            #expect(Set(rejected.errors.map { "\($0.line ?? 0) \($0.field ?? "")" }) == ["2 cable", "3 end_b", "3 carrier"])
            #expect(try await StoreFixtures.tableState(client: client) == before)
            let good = try await importer.importCableCircuits(
                file: "circuits.csv",
                data: Data(Self.circuits.utf8),
                tenant: "acme",
                logger: TestDatabase.logger
            )
            #expect(good.status == .imported && good.rows == 1)
        }
    }

    @Test func cc5FindingsAreRepeatableAndRetiringACableResolvesThem() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await Self.importCables(try CableMapSample.write(), client: client)
            _ = try await DatasetImporter(client: client).importCableCircuits(
                file: "circuits.csv",
                data: Data(Self.circuits.utf8),
                logger: TestDatabase.logger
            )
            let repository = EvaluationRepository(client: client)
            let first = try await EvaluationRepositoryTests.evaluate(client: client)
            let second = try await EvaluationRepositoryTests.evaluate(client: client)
            let a = try #require(try await repository.report(evaluation: first, logger: TestDatabase.logger)).withoutHistory
            let b = try #require(try await repository.report(evaluation: second, logger: TestDatabase.logger)).withoutHistory
            #expect(try JSONReportRenderer.render(a) == (try JSONReportRenderer.render(b)))
            let cable = EvaluationDiffTests.keys(a, .new).filter { $0.hasPrefix("CC-5") }
            #expect(
                Set(cable) == [
                    "CC-5 att cable:pacific-test", "CC-5 cable:pacific-test china-telecom-corp-ltd",
                    "CC-5 cable:pacific-test landing:tseung-kwan-o-china",
                    "CC-5 cables:US unmapped-owners",
                ]
            )
            let retired = try await Self.importCables(try CableMapSample.write(retired: ["pacific-test": "2020-01-01"]), client: client)
            #expect(retired.outcome.status == .imported)
            let third = try await EvaluationRepositoryTests.evaluate(client: client)
            let diff = try #require(try await repository.diff(from: second, to: third, logger: TestDatabase.logger))
            #expect(
                Set(EvaluationDiffTests.keys(diff, .resolved)) == [
                    "CC-5 att cable:pacific-test", "CC-5 cable:pacific-test china-telecom-corp-ltd",
                    "CC-5 cable:pacific-test landing:tseung-kwan-o-china",
                ]
            )
            #expect(EvaluationDiffTests.keys(diff, .new).isEmpty)
        }
    }
}
