import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// `POST /datasets/equipment` and `GET /paths/check` through the real router: roles, a telco bound to its own
/// networks, errors by line and field, and the verdict with its reasons.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct CleanPathEndpointTests {
    static let header = "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\n"

    @Test func aTelcoCannotUploadAnotherTelcosInventory() async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let other = Self.header + "att,Dallas,control,core,nokia,M,2019-01-01,,\nverizon,Ashburn,control,core,nokia,M,2019-01-01,,\n"
            let refused = try await api.request("/datasets/equipment", .post, key: api.att, contentType: "text/csv", body: Data(other.utf8))
            #expect(refused.status == .unprocessableContent)
            let errors = try APITestHarness.json(refused)["errors"] as? [[String: Any]] ?? []
            #expect(errors.count == 1)
            #expect(errors.first?["line"] as? Int == 3)
            #expect(errors.first?["field"] as? String == "network")
            #expect(
                try await api.request("/datasets/equipment?tenant=comcast", .post, key: api.att, contentType: "text/csv", body: Data(other.utf8))
                    .status == .forbidden
            )
            #expect(try await api.tableState() == before)

            let own = Self.header + "att,Dallas,control,core,nokia,M,2019-01-01,,\nAS7018,Los Angeles,transmission,ip-routing,cisco,M,2019-01-01,,\n"
            let mine = try await api.request("/datasets/equipment", .post, key: api.att, contentType: "text/csv", body: Data(own.utf8))
            #expect(mine.status == .created)
            #expect(try APITestHarness.json(mine)["rows"] as? Int == 2)
            let byRegulator = try await api.request(
                "/datasets/equipment?tenant=comcast",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: Data(other.utf8)
            )
            #expect(byRegulator.status == .created)
        }
    }

    @Test func regulatorsCheckAnyPathAndTelcosTheirOwn() async throws {
        try await APITestHarness.run { api in
            let inventory = try APITestHarness.fixture("equipment/inventory.csv")
            #expect(
                try await api.request("/datasets/equipment", .post, key: api.regulator, contentType: "text/csv", body: inventory).status == .created
            )
            let data = try await api.request("/paths/check?from=AS7018&to=AS4134&as_of=2024-06-01", key: api.regulator)
            #expect(data.status == .ok)
            let result = try APITestHarness.json(data)
            #expect(result["kind"] as? String == "data" && result["verdict"] as? String == "not-clean" && result["asOf"] as? String == "2024-06-01")
            let branches = result["branches"] as? [[String: Any]] ?? []
            #expect(branches.first?["isPrimary"] as? Bool == true)
            let reasons = branches.flatMap { $0["reasons"] as? [[String: Any]] ?? [] }
            #expect(reasons.contains { $0["kind"] as? String == "untrusted-carrier" && ($0["trustChains"] as? [String])?.isEmpty == false })

            #expect(try await api.request("/paths/check?from=7018&to=AS4134", key: api.att).status == .ok)
            #expect(try await api.request("/paths/check?from=comcast&to=AS4134", key: api.att).status == .forbidden)
            #expect(try await api.request("/paths/check?from=att&to=%2B4x", key: api.regulator).status == .badRequest)
            #expect(try await api.request("/paths/check?from=nobody&to=AS4134", key: api.regulator).status == .notFound)
        }
    }
}
