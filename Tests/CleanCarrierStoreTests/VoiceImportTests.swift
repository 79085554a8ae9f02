import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// Voice routes and number ranges through the store: all-or-nothing imports, tenants, snapshot loading.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct VoiceImportTests {
    static let header = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\n"

    @Test func fixturesImportOnceAndLoadIntoTheSnapshotWithTheirOrigin() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let (ranges, routes) = try await StoreFixtures.importVoice(client: client)
            #expect(ranges.status == .imported && ranges.rows == 105)
            #expect(routes.status == .imported && routes.rows == 37)
            let again = try await StoreFixtures.importVoice(client: client)
            #expect(again.ranges.status == .unchanged && again.routes.status == .unchanged)
            let state = try await StoreFixtures.tableState(client: client)
            #expect(state["voice_routes"]?.hasPrefix("37:") == true && state["number_ranges"]?.hasPrefix("105:") == true)
            let snapshot = try await SnapshotLoader(client: client).load(asOf: try #require(Day(iso: "2024-06-01")), logger: TestDatabase.logger)
            #expect(snapshot.voiceRoutes.count == 37 && snapshot.numberRanges.count == 105)
            let failover = try #require(snapshot.voiceRoutes.first { $0.carrier == "att" && $0.prefix.digits == "852" && $0.priority == 2 })
            #expect(failover.nextHop == "china-telecom-americas" && failover.line == 9 && failover.dataset == routes.datasetID)
            #expect(failover.validity == Validity(from: Day(iso: "2019-01-01"), to: nil))
            let ended = try #require(snapshot.voiceRoutes.first { $0.nextHop == "china-unicom-americas" && $0.carrier == "lumen" })
            #expect(ended.validity.to == Day(iso: "2022-01-01"))
            let range = try #require(snapshot.numberRanges.first { $0.prefix.digits == "852441" })
            #expect(
                range.entity == "hkt" && range.carrier == "HKT" && range.countryCode == 852 && range.line == 39 && range.dataset == ranges.datasetID
            )
        }
    }

    @Test(arguments: [
        ("att,852,nobody-known,1,100,,\n", 2, "next_hop"),
        ("att,852,pccw-global,1,100,,\natt,85x2,pccw-global,1,100,,\n", 3, "prefix"),
        ("att,852,pccw-global,1,100,,\natt,852,pccw-global,2,50,,\n", 3, "next_hop"),
        ("att,852,pccw-global,high,100,,\n", 2, "priority"),
        ("att,852,pccw-global,1,100,2020-01-01,2019-01-01\n", 2, "valid_to"),
    ])
    func badRoutesAreRejectedNamingLineAndFieldAndChangeNothing(rows: String, line: Int, field: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await StoreFixtures.importVoice(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let outcome = try await DatasetImporter(client: client).importVoiceRoutes(
                file: "upload.csv",
                data: Data((Self.header + rows).utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.contains { $0.file == "upload.csv" && $0.line == line && $0.field == field }, "\(outcome.errors)")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    @Test func routesNeedTheirEntitiesInTheActiveRegistry() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let outcome = try await DatasetImporter(client: client).importVoiceRoutes(
                file: "routes.csv",
                data: try StoreFixtures.data("voice/routes.csv"),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.first == InputError(file: "routes.csv", line: 5, field: "carrier", message: "unknown entity 'att'"))
            #expect(try await StoreFixtures.tableState(client: client)["voice_routes"]?.hasPrefix("0:") == true)
        }
    }

    @Test func eachTenantKeepsItsOwnActiveRouteTable() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            try await client.query("INSERT INTO tenants (id, name) VALUES ('att', 'AT&T'), ('verizon', 'Verizon')", logger: TestDatabase.logger)
            let importer = DatasetImporter(client: client)
            func upload(_ rows: String, tenant: String) async throws -> ImportOutcome {
                try await importer.importVoiceRoutes(
                    file: "\(tenant).csv",
                    data: Data((Self.header + rows).utf8),
                    tenant: tenant,
                    logger: TestDatabase.logger
                )
            }
            let att = try await upload("att,852,pccw-global,1,100,,\n", tenant: "att")
            let verizon = try await upload("verizon,852,pccw-global,1,100,,\n", tenant: "verizon")
            let att2 = try await upload("att,852,hkt,1,100,,\n", tenant: "att")
            #expect([att, verizon, att2].allSatisfy { $0.status == .imported })
            let snapshot = try await SnapshotLoader(client: client).load(asOf: try #require(Day(iso: "2024-06-01")), logger: TestDatabase.logger)
            #expect(snapshot.voiceRoutes.map(\.nextHop).sorted() == ["hkt", "pccw-global"])
            #expect(Set(snapshot.voiceRoutes.compactMap(\.dataset)) == [verizon.datasetID, att2.datasetID])
        }
    }

    @Test func libphonenumberNamesMapToRegistryEntitiesWhereTheyMatch() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let importer = DatasetImporter(client: client)
            let table = try await importer.importNumberRanges(
                file: "numbering-extract.tsv",
                data: try StoreFixtures.data("voice/numbering-extract.tsv"),
                logger: TestDatabase.logger
            )
            #expect(table.status == .imported && table.rows == 105)
            let (operatorRanges, _) = try await StoreFixtures.importVoice(client: client)
            #expect(operatorRanges.status == .imported, "the operator CSV sits beside libphonenumber's table, not over it")
            var mapped: [String: String] = [:]
            for try await (carrier, entity) in try await client.query(
                "SELECT DISTINCT carrier, coalesce(entity, '') FROM number_ranges WHERE dataset_id = \(table.datasetID)",
                logger: TestDatabase.logger
            ).decode((String, String).self) {
                mapped[carrier] = entity
            }
            #expect(mapped["China Mobile"] == "china-mobile-ltd" && mapped["China Telecom"] == "china-telecom-corp-ltd" && mapped["HKT"] == "hkt")
            #expect(mapped["Hutchison Telecom"] == "")
            let snapshot = try await SnapshotLoader(client: client).load(asOf: try #require(Day(iso: "2024-06-01")), logger: TestDatabase.logger)
            let plan = NumberPlan(snapshot.numberRanges)
            #expect(plan.range(forDigits: "8524421234")?.entity == "hutchison-telecom-hk", "operator ranges win over libphonenumber's")
        }
    }

    @Test(arguments: [
        ("prefix,country_code,entity\n8613,86,china-mobile-ltd\n8614,86,nobody-known\n", 3, "entity"),
        ("prefix,country_code,entity\n8613,86,china-mobile-ltd\n8613,86,china-mobile-ltd\n", 3, "prefix"),
        ("prefix,country_code,entity\n4473,86,ee\n", 2, "country_code"),
        ("prefix\tcountry_code\tregions\tlang\tcarrier\n8613\t86\tCN\ten\tChina Mobile\n86x\t86\tCN\ten\tChina Mobile\n", 3, "prefix"),
    ])
    func badRangesAreRejectedNamingLineAndFieldAndChangeNothing(text: String, line: Int, field: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            _ = try await StoreFixtures.importVoice(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let outcome = try await DatasetImporter(client: client).importNumberRanges(
                file: "ranges.txt",
                data: Data(text.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.contains { $0.line == line && $0.field == field }, "\(outcome.errors)")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }
}
