import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct DatasetImporterTests {
    @Test func importsFixturesAndSkipsIdenticalBytes() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let importer = DatasetImporter(client: client)
            let again = try await importer.importASRelationships(
                file: "again.txt",
                data: try StoreFixtures.data("caida/prc-neighbourhood.as-rel.txt"),
                logger: TestDatabase.logger
            )
            #expect(again.status == .unchanged)
            #expect(again.rows == 9608)
            let state = try await StoreFixtures.tableState(client: client)
            #expect(state["as_links"]?.hasPrefix("9608:") == true)
            #expect(
                state["designations"]?.hasPrefix("22:") == true,
                "14 carrier designations, 5 Covered List equipment entries, 3 FCC 25-49 cable-rules entries"
            )
        }
    }

    @Test(arguments: [
        ("party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,,,,,\natt,AS12x,ip-peering,,,,,\n", 3, "party_b"),
        ("party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering\n", 2, "line"),
        ("party_a,party_b,kind,facility,city,country,start,end\natt,nobody-known,ip-peering,,,,,\n", 2, "party_b"),
        ("party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,,,,2020-01-01,2019-01-01\n", 2, "end"),
    ])
    func badInterconnectsAreRejectedNamingLineAndFieldAndChangeNothing(csv: String, line: Int, field: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let outcome = try await DatasetImporter(client: client).importInterconnects(
                file: "upload.csv",
                data: Data(csv.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.contains { $0.file == "upload.csv" && $0.line == line && $0.field == field })
            #expect(try await StoreFixtures.tableState(client: client) == before)
            let stored = try await client.query(
                "SELECT errors::text FROM datasets WHERE id = \(outcome.datasetID) AND status = 'rejected'",
                logger: TestDatabase.logger
            )
            var errors = ""
            for try await text in stored.decode(String.self) { errors = text }
            let decoded = try JSONDecoder().decode([InputError].self, from: Data(errors.utf8))
            #expect(decoded == outcome.errors)
        }
    }

    @Test func invalidUTF8IsRejectedWithItsLine() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let bytes =
                Data("party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,".utf8) + Data([0xFF, 0xFE]) + Data(",,,,\n".utf8)
            let outcome = try await DatasetImporter(client: client).importInterconnects(file: "latin1.csv", data: bytes, logger: TestDatabase.logger)
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.first?.line == 2)
        }
    }

    @Test func badRegistryIsRejectedWithoutTouchingTheActiveOne() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let yaml = "entities:\n  - {id: a, name: A, country: CN}\nlinks:\n  - {owner: a, owned: ghost, share: 90, source: s}\n"
            let outcome = try await DatasetImporter(client: client).importRegistry(
                file: "bad.yaml",
                data: Data(yaml.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors == [InputError(file: "bad.yaml", line: 4, field: "links.owned", message: "unknown entity 'ghost'")])
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }
}
