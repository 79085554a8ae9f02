import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// `GET /cables`, `GET /landing-points` and `POST /datasets/cable-circuits`, through the real router.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct CableEndpointTests {
    static let header = "carrier,cable,end_a,end_b,start,end\n"

    static func importSample(_ api: APITestHarness) async throws {
        let folder = try CableMapFolder(path: try CableMapSample.write())
        _ = try await DatasetImporter(client: api.database).importCables(folder: folder, logger: TestDatabase.logger)
    }

    @Test func cablesAndLandingPointsAreReadByRegulatorsAndTelcosNotAdmins() async throws {
        try await APITestHarness.run { api in
            let empty = try APITestHarness.json(try await api.request("/cables", key: api.regulator))
            #expect((empty["items"] as? [Any])?.isEmpty == true)
            try await Self.importSample(api)
            let all = try await api.request("/cables?as_of=2024-06-01&country=US", key: api.att)
            #expect(all.status == .ok)
            let body = try APITestHarness.json(all)
            let items = body["items"] as? [[String: Any]] ?? []
            #expect(items.map { $0["id"] as? String } == ["atlantic-test", "future-test", "pacific-test", "pccw-test"])
            #expect(body["ownersToReview"] as? [String] == ["Google", "Nobody Known Telecom, Ltd."])
            let flagged = try APITestHarness.items(try await api.request("/cables?as_of=2024-06-01&flagged=true", key: api.regulator))
            #expect(flagged.map { $0["id"] as? String } == ["pacific-test"])
            let owners = flagged.first?["owners"] as? [[String: Any]] ?? []
            #expect(owners.first?["entity"] as? String == "china-telecom-corp-ltd" && owners.first?["untrusted"] as? Bool == true)
            #expect(flagged.first?["directLink"] as? Bool == true)
            let points = try APITestHarness.items(try await api.request("/landing-points?country=CN", key: api.regulator))
            #expect(points.map { $0["id"] as? String } == ["tseung-kwan-o-china"])
            #expect(points.first?["latitude"] as? Double == 22.3077)
            #expect(try await api.request("/cables", key: api.admin).status == .forbidden)
            #expect(try await api.request("/cables?country=usa", key: api.regulator).status == .badRequest)
            let maps = try APITestHarness.items(try await api.request("/datasets?kind=cables&status=active", key: api.regulator))
            #expect(maps.count == 1 && maps.first?["kind"] as? String == "cables", "the newer kinds filter like the first ones")
            #expect(try APITestHarness.items(try await api.request("/datasets?kind=equipment", key: api.regulator)).isEmpty)
        }
    }

    @Test func circuitUploadsNameLineAndFieldAndBindATelcoToItsOwnCarriers() async throws {
        try await APITestHarness.run { api in
            try await Self.importSample(api)
            let before = try await api.tableState()
            let bad = Self.header + "att,pacific-test,US,CN,,\natt,no-such-cable,US,CN,,\n"
            let rejected = try await api.request("/datasets/cable-circuits", .post, key: api.att, contentType: "text/csv", body: Data(bad.utf8))
            #expect(rejected.status == .unprocessableContent)
            let errors = try APITestHarness.json(rejected)["errors"] as? [[String: Any]] ?? []
            #expect(errors.map { "\($0["line"] as? Int ?? 0) \($0["field"] as? String ?? "")" } == ["3 cable"])
            let other = Self.header + "comcast,pacific-test,US,CN,,\n"
            let notOwn = try await api.request("/datasets/cable-circuits", .post, key: api.att, contentType: "text/csv", body: Data(other.utf8))
            #expect(notOwn.status == .unprocessableContent)
            #expect(try await api.tableState() == before)
            let good = Self.header + "att,pacific-test,US,CN,,\n"
            let created = try await api.request("/datasets/cable-circuits", .post, key: api.att, contentType: "text/csv", body: Data(good.utf8))
            #expect(created.status == .created)
            #expect(try APITestHarness.json(created)["rows"] as? Int == 1)
            let forComcast = try await api.request(
                "/datasets/cable-circuits?tenant=comcast",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: Data(other.utf8)
            )
            #expect(forComcast.status == .created)
            #expect(
                try await api.request("/datasets/cable-circuits", .post, key: api.admin, contentType: "text/csv", body: Data(good.utf8)).status
                    == .forbidden
            )
        }
    }
}
