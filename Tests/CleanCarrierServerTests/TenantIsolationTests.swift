import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// A telco key reads and writes its own entities' data only: by listing, by id and by filter.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct TenantIsolationTests {
    static let attSubjects: Set<String> = ["att", "AS7018"]

    @Test func findingsAreLimitedToTheTelcosOwnSubjects() async throws {
        try await APITestHarness.run { api in
            let all = try await api.allFindings(key: api.regulator)
            let comcastFinding = try #require(all.first { ($0["subject"] as? [String: Any])?["ref"] as? String == "comcast" })
            let fingerprint = try #require(comcastFinding["fingerprint"] as? String)
            #expect(all.contains { Self.attSubjects.contains(Self.subject($0)) })

            let mine = try await api.allFindings(key: api.att)
            #expect(!mine.isEmpty)
            #expect(mine.allSatisfy { Self.attSubjects.contains(Self.subject($0)) })
            #expect(try APITestHarness.items(try await api.request("/findings?subject=comcast", key: api.att)).isEmpty)
            #expect(try await api.request("/findings/\(fingerprint)", key: api.att).status == .notFound)
            #expect(try await api.request("/findings/\(fingerprint)", key: api.comcast).status == .ok)
            #expect(try await api.request("/findings/\(fingerprint)", key: api.regulator).status == .ok)

            let report = String(buffer: try await api.request("/evaluations/1/report?format=csv", key: api.att).body)
            #expect(!report.contains(",comcast,"))
            #expect(report.contains(",att,") || report.contains(",AS7018,"))
            #expect(report.contains(",clean-telco,unknown,,att,"), "a telco sees its own clean-telco status")
            #expect(!report.contains(",clean-telco,") || report.split(separator: "\n").filter { $0.contains(",clean-telco,") }.count == 1)
            let evaluation = try APITestHarness.json(try await api.request("/evaluations/1", key: api.att))
            #expect(evaluation["findingCount"] as? Int == mine.count)
        }
    }

    @Test func entitiesAndDatasetsAreLimitedToTheTelcosOwn() async throws {
        try await APITestHarness.run { api in
            let entities = try APITestHarness.items(try await api.request("/entities", key: api.att))
            #expect(entities.map { $0["id"] as? String } == ["att"])
            #expect(try await api.request("/entities/comcast", key: api.att).status == .notFound)
            #expect(try await api.request("/entities/att", key: api.att).status == .ok)
            #expect(try await api.request("/entities/comcast", key: api.regulator).status == .ok)

            let csv = "party_a,party_b,kind,facility,city,country,start,end\ncomcast,AS4134,ip-peering,,,,2020-01-01,\n"
            let upload = try await api.request("/datasets/interconnects", .post, key: api.comcast, contentType: "text/csv", body: Data(csv.utf8))
            #expect(upload.status == .created)
            let id = try #require(try APITestHarness.json(upload)["datasetId"] as? Int)
            #expect(try await api.request("/datasets/\(id)", key: api.att).status == .notFound)
            #expect(try await api.request("/datasets/\(id)", key: api.comcast).status == .ok)
            let attDatasets = try APITestHarness.items(try await api.request("/datasets", key: api.att))
            #expect(attDatasets.isEmpty)
            let filtered = try APITestHarness.items(try await api.request("/datasets?kind=interconnects&status=active", key: api.att))
            #expect(filtered.isEmpty)
            #expect(try APITestHarness.items(try await api.request("/datasets", key: api.comcast)).map { $0["id"] as? Int } == [id])
        }
    }

    @Test func aTelcoCannotWriteAnotherTelcosData() async throws {
        try await APITestHarness.run { api in
            let csv = "party_a,party_b,kind,facility,city,country,start,end\ncomcast,AS4134,ip-peering,,,,2020-01-01,\n"
            #expect(
                try await api.request("/datasets/interconnects", .post, key: api.comcast, contentType: "text/csv", body: Data(csv.utf8)).status
                    == .created)
            let before = try await api.tableState()
            let forOther = try await api.request(
                "/datasets/interconnects?tenant=comcast", .post, key: api.att, contentType: "text/csv", body: Data(csv.utf8))
            #expect(forOther.status == .forbidden)
            let aboutOther = try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: Data(csv.utf8))
            #expect(aboutOther.status == .unprocessableContent)
            let errors = try APITestHarness.json(aboutOther)["errors"] as? [[String: Any]] ?? []
            #expect(errors.first?["line"] as? Int == 2)
            #expect(errors.first?["field"] as? String == "party_a")
            #expect(try await api.tableState() == before)

            let own = "party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,,,,2020-01-01,\n"
            #expect(
                try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: Data(own.utf8)).status
                    == .created)
            let comcastActive = try APITestHarness.items(try await api.request("/datasets?status=active", key: api.comcast))
            #expect(comcastActive.count == 1)
        }
    }

    private static func subject(_ finding: [String: Any]) -> String {
        (finding["subject"] as? [String: Any])?["ref"] as? String ?? ""
    }
}
