import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct PeeringDBImportTests {
    @Test func fixtureLoadsAndGivesPresenceFindingsWithTheirRecords() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let state = try await StoreFixtures.tableState(client: client)
            #expect(state["pdb_organizations"]?.hasPrefix("3:") == true)
            #expect(state["pdb_networks"]?.hasPrefix("3:") == true)
            #expect(state["pdb_places"]?.hasPrefix("5:") == true)
            #expect(state["presence"]?.hasPrefix("6:") == true)
            let again = try await DatasetImporter(client: client).importPeeringDB(
                file: "copy.json",
                data: try StoreFixtures.data("peeringdb/peeringdb.json"),
                logger: TestDatabase.logger
            )
            #expect(again.status == .unchanged)

            let snapshot = try await SnapshotLoader(client: client).load(asOf: Day(iso: "2024-06-01")!, logger: TestDatabase.logger)
            #expect(snapshot.presences.count == 6)
            let findings = try Evaluator(rules: [PresenceRule()]).evaluate(snapshot).findings
            #expect(findings.map { "\($0.subject.ref) \($0.counterpart.ref)" } == ["fac:900201 AS4837", "ix:17 AS4134"])
            let miami = try #require(findings.last)
            #expect(miami.subject.name == "Equinix Miami" && miami.severity == .exposure)
            let record = try #require(miami.evidence.records.first)
            #expect(
                record.origin.object == "netixlan[0] id 1310" && record.origin.file == "peeringdb.json" && record.origin.dataset == again.datasetID
            )
            #expect(miami.evidence.trustChains.contains { $0.hasPrefix("AS4134 → China Telecom Corporation Limited → (owned 70.9% by)") })
            let facility = try #require(findings.first)
            #expect(facility.subject.name == "Example Carrier Hotel LA (One Wilshire)" && facility.subject.country == "US")
        }
    }

    @Test func aPageWithoutItsPlacesTakesThemFromAnotherActiveDataset() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let page = #"{"data": [{"id": 77, "net_id": 308, "ix_id": 59, "asn": 4134}, {"id": 78, "net_id": 308, "ix_id": 404, "asn": 4134}]}"#
            let outcome = try await DatasetImporter(client: client).importPeeringDB(
                file: "netixlan.json",
                data: Data(page.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .imported && outcome.rows == 2)
            let snapshot = try await SnapshotLoader(client: client).load(asOf: Day(iso: "2024-06-01")!, logger: TestDatabase.logger)
            #expect(snapshot.presences.count == 8, "the combined fixture stays active beside a page of other types")
            let brussels = try #require(snapshot.presences.first { $0.recordID == 77 })
            #expect(brussels.place == Presence.Place(kind: .exchange, id: 59, name: "BNIX", city: "Brussels", country: "BE"))
            #expect(snapshot.presences.first { $0.recordID == 78 }?.place.country == nil)
        }
    }

    @Test func badFileIsRejectedNamingObjectAndFieldAndChangesNothing() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let text = #"{"net": [{"id": 1, "name": "ok", "asn": 64500}], "netixlan": [{"id": 2, "net_id": 1, "ix_id": 3, "asn": -5}]}"#
            let outcome = try await DatasetImporter(client: client).importPeeringDB(
                file: "bad.json",
                data: Data(text.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors == [InputError(file: "bad.json", field: "netixlan[0].asn", message: "-5 is not an AS number (1 to 4294967295)")])
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }
}
