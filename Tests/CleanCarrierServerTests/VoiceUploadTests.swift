import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// `POST /datasets/voice-routes`, `/datasets/number-ranges` and `/datasets/observed-paths`: the pattern of the other
/// uploads (roles, a telco bound to its own entities, problem+json naming line and field, nothing loaded on refusal,
/// idempotent by content).
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct VoiceUploadTests {
    static let header = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\n"

    @Test func aBadE164PrefixIsRejectedNamingLineAndFieldAndChangesNothing() async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let body = Self.header + "att,86,tata-communications-america,1,100,2019-01-01,\natt,86x1,china-telecom-americas,2,100,2019-01-01,\n"
            let response = try await api.request("/datasets/voice-routes", .post, key: api.att, contentType: "text/csv", body: Data(body.utf8))
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            let errors = try APITestHarness.json(response)["errors"] as? [[String: Any]] ?? []
            #expect(errors.count == 1)
            #expect(errors.first?["line"] as? Int == 3)
            #expect(errors.first?["field"] as? String == "prefix")
            #expect((errors.first?["message"] as? String)?.contains("E.164") == true)
            #expect(try await api.tableState() == before)
            let rejected = try APITestHarness.items(try await api.request("/datasets?status=rejected&kind=voice-routes", key: api.att))
            #expect(rejected.count == 1)
        }
    }

    @Test func aTelcoCannotUploadRoutesForAnotherTelcosCarrier() async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let comcastRoutes = Self.header + "comcast,86,tata-communications-america,1,100,2019-01-01,\n"
            let aboutOther = try await api.request(
                "/datasets/voice-routes",
                .post,
                key: api.att,
                contentType: "text/csv",
                body: Data(comcastRoutes.utf8)
            )
            #expect(aboutOther.status == .unprocessableContent)
            let errors = try APITestHarness.json(aboutOther)["errors"] as? [[String: Any]] ?? []
            #expect(errors.first?["line"] as? Int == 2)
            #expect(errors.first?["field"] as? String == "carrier")
            let forOther = try await api.request(
                "/datasets/voice-routes?tenant=comcast",
                .post,
                key: api.att,
                contentType: "text/csv",
                body: Data(comcastRoutes.utf8)
            )
            #expect(forOther.status == .forbidden)
            #expect(try await api.tableState() == before)

            let own = Self.header + "att,86,tata-communications-america,1,100,2019-01-01,\n"
            let mine = try await api.request("/datasets/voice-routes", .post, key: api.att, contentType: "text/csv", body: Data(own.utf8))
            #expect(mine.status == .created)
            #expect(try APITestHarness.json(mine)["rows"] as? Int == 1)
            let again = try await api.request("/datasets/voice-routes", .post, key: api.att, contentType: "text/csv", body: Data(own.utf8))
            #expect(again.status == .ok)
            #expect(try APITestHarness.json(again)["outcome"] as? String == "unchanged")
            let byRegulator = try await api.request(
                "/datasets/voice-routes?tenant=comcast",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: Data(comcastRoutes.utf8)
            )
            #expect(byRegulator.status == .created)
            #expect(
                try await api.request(
                    "/datasets/voice-routes?tenant=nobody",
                    .post,
                    key: api.regulator,
                    contentType: "text/csv",
                    body: Data(comcastRoutes.utf8)
                ).status == .notFound
            )
            let comcastDatasets = try APITestHarness.items(try await api.request("/datasets?kind=voice-routes", key: api.comcast))
            #expect(comcastDatasets.map { $0["tenant"] as? String } == ["comcast"])
            let routes = try await api.database.query("SELECT count(*) FROM voice_routes", logger: TestDatabase.logger)
            for try await count in routes.decode(Int.self) { #expect(count == 2) }
        }
    }

    @Test func numberRangesAndObservedPathsAreRegulatorUploads() async throws {
        try await APITestHarness.run { api in
            let ranges = try APITestHarness.fixture("voice/ranges.csv")
            #expect(try await api.request("/datasets/number-ranges", .post, key: api.att, contentType: "text/csv", body: ranges).status == .forbidden)
            let imported = try await api.request("/datasets/number-ranges", .post, key: api.regulator, contentType: "text/csv", body: ranges)
            #expect(imported.status == .created)
            #expect((try APITestHarness.json(imported)["rows"] as? Int ?? 0) > 0)
            let table = try APITestHarness.fixture("voice/numbering-extract.tsv")
            let libphonenumber = try await api.request(
                "/datasets/number-ranges?file_name=numbering-extract.tsv",
                .post,
                key: api.regulator,
                contentType: "text/tab-separated-values",
                body: table
            )
            #expect(libphonenumber.status == .created)
            let scopes = try APITestHarness.items(try await api.request("/datasets?kind=number-ranges&status=active", key: api.regulator))
            #expect(scopes.count == 2)

            let paths = "TABLE_DUMP2|1277971199|B|202.249.2.20|4777|1.12.0.0/14|4777 2516 4134 4847|IGP|202.249.2.20|0|0||NAG||\n"
            #expect(
                try await api.request("/datasets/observed-paths", .post, key: api.att, contentType: "text/plain", body: Data(paths.utf8)).status
                    == .forbidden
            )
            let observed = try await api.request(
                "/datasets/observed-paths",
                .post,
                key: api.regulator,
                contentType: "text/plain",
                body: Data(paths.utf8)
            )
            #expect(observed.status == .created)
            let before = try await api.tableState()
            let bad = paths + "TABLE_DUMP2|1|B|1.2.3.4|1|1.0.0.0/8|1 2 x3|IGP\n"
            let refused = try await api.request(
                "/datasets/observed-paths",
                .post,
                key: api.regulator,
                contentType: "text/plain",
                body: Data(bad.utf8)
            )
            #expect(refused.status == .unprocessableContent)
            let errors = try APITestHarness.json(refused)["errors"] as? [[String: Any]] ?? []
            #expect(errors.first?["line"] as? Int == 2)
            #expect(errors.first?["field"] != nil)
            #expect(try await api.tableState() == before)
        }
    }
}
