import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import PostgresNIO
import Testing

/// Uploads of one kind for one tenant run one at a time (an advisory lock in `DatasetImporter`): a burst of them
/// ends each in imported, unchanged or rejected, never a 500, with exactly one active dataset afterwards; a
/// rejected upload keeps its first 100 errors and counts the rest.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ConcurrentUploadTests {
    static let header = "party_a,party_b,kind,facility,city,country,start,end\n"

    @Test func twentyConcurrentUploadsOfOneKindAndTenantNeverFail() async throws {
        try await APITestHarness.run { api in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<20 {
                    // Eight distinct files, some sent more than once; every fifth upload is invalid.
                    let body =
                        index % 5 == 4
                        ? Self.header + "att,AS4134,ip-peering,,,,2020-13-01,\n"
                        : Self.header + "att,AS4134,ip-peering,IX \(index % 8),Ashburn,US,2020-01-01,\n"
                    group.addTask {
                        try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: Data(body.utf8)).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.count == 20)
            #expect(statuses.allSatisfy { [.created, .ok, .unprocessableContent].contains($0) }, "\(statuses)")
            #expect(statuses.filter { $0 == .unprocessableContent }.count == 4)
            #expect(statuses.contains(.created))
            let active = try await api.database.query(
                "SELECT count(*)::int FROM datasets WHERE kind = 'interconnects' AND tenant_id = 'att' AND status = 'active'",
                logger: TestDatabase.logger
            )
            for try await count in active.decode(Int.self) { #expect(count == 1) }
        }
    }

    @Test func aRejectedUploadKeepsTheFirstHundredErrorsAndCountsThemAll() async throws {
        try await APITestHarness.run { api in
            let lines = (0..<250).map { "att,AS4134,ip-peering,IX \($0),,,2020-13-01,\n" }.joined()
            let response = try await api.request(
                "/datasets/interconnects",
                .post,
                key: api.att,
                contentType: "text/csv",
                body: Data((Self.header + lines).utf8)
            )
            #expect(response.status == .unprocessableContent)
            let problem = try APITestHarness.json(response)
            #expect((problem["errors"] as? [[String: Any]])?.count == 100)
            #expect(problem["errorCount"] as? Int == 250)
            #expect((problem["errors"] as? [[String: Any]])?.first?["line"] as? Int == 2)
            let rejected = try #require(try APITestHarness.items(try await api.request("/datasets?status=rejected", key: api.att)).first)
            #expect((rejected["errors"] as? [[String: Any]])?.count == 100)
            #expect(rejected["errorCount"] as? Int == 250)

            // Voice routes count past their reader's limit too (one error a line: a line stops at its first).
            let routes =
                "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\n"
                + String(repeating: "att,86x,tata-communications-america,-1,100,2019-01-01,\n", count: 150)
            let voice = try await api.request("/datasets/voice-routes", .post, key: api.att, contentType: "text/csv", body: Data(routes.utf8))
            #expect(voice.status == .unprocessableContent)
            let voiceProblem = try APITestHarness.json(voice)
            #expect((voiceProblem["errors"] as? [[String: Any]])?.count == 100)
            #expect(voiceProblem["errorCount"] as? Int == 150)
        }
    }
}
