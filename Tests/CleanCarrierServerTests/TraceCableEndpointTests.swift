import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

/// `GET /trace/data` names the cables of each hop across a border once a cable map is imported.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct TraceCableEndpointTests {
    @Test func aDataTraceNamesTheCablesOfItsInternationalHops() async throws {
        try await APITestHarness.run { api in
            let folder = try CableMapFolder(path: try CableMapSample.write())
            _ = try await DatasetImporter(client: api.database).importCables(folder: folder, logger: TestDatabase.logger)
            let snapshot = try await SnapshotLoader(client: api.database).load(asOf: Day(iso: "2024-01-01")!, logger: TestDatabase.logger)
            let expected = try DataRouteTrace.trace(from: ASN(7018), to: "AS4134", in: snapshot)
            try #require(expected.primary.contains { $0.cables?.isEmpty == false }, "the fixture route crosses from US to CN")
            let json = try APITestHarness.json(try await api.request("/trace/data?from=AS7018&to=4134&as_of=2024-01-01", key: api.regulator))
            let primary = json["primary"] as? [[String: Any]] ?? []
            #expect(
                primary.map { ($0["cables"] as? [[String: Any]])?.map { $0["cable"] as? String } } == expected.primary.map { $0.cables?.map(\.cable) }
            )
        }
    }
}
