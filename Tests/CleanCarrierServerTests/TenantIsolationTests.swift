import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
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
            // A telco sees the public reference datasets (registry, RIR, CAIDA) and its own; no operator records of others.
            let attDatasets = try APITestHarness.items(try await api.request("/datasets", key: api.att))
            #expect(Set(attDatasets.compactMap { $0["kind"] as? String }) == ["registry", "rir-delegated", "as-rel"])
            #expect(attDatasets.allSatisfy { $0["tenant"] == nil })
            let filtered = try APITestHarness.items(try await api.request("/datasets?kind=interconnects&status=active", key: api.att))
            #expect(filtered.isEmpty, "the regulator's declared interconnects and comcast's upload are operator records")
            let comcastDatasets = try APITestHarness.items(try await api.request("/datasets?kind=interconnects", key: api.comcast))
            #expect(comcastDatasets.map { $0["id"] as? Int } == [id])
        }
    }

    @Test func aTelcoCannotWriteAnotherTelcosData() async throws {
        try await APITestHarness.run { api in
            let csv = "party_a,party_b,kind,facility,city,country,start,end\ncomcast,AS4134,ip-peering,,,,2020-01-01,\n"
            #expect(
                try await api.request("/datasets/interconnects", .post, key: api.comcast, contentType: "text/csv", body: Data(csv.utf8)).status
                    == .created
            )
            let before = try await api.tableState()
            let forOther = try await api.request(
                "/datasets/interconnects?tenant=comcast",
                .post,
                key: api.att,
                contentType: "text/csv",
                body: Data(csv.utf8)
            )
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
                    == .created
            )
            let comcastActive = try APITestHarness.items(try await api.request("/datasets?status=active&kind=interconnects", key: api.comcast))
            #expect(comcastActive.count == 1)
        }
    }

    /// att hands +852 calls to comcast, which hands them to China Telecom Americas: att's CC-3 finding rests partly
    /// on comcast's route table, which att sees only as "a record of another operator".
    @Test func evidenceFromAnotherTenantsUploadIsShownWithoutItsDetails() async throws {
        try await APITestHarness.run { api in
            let header = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\n"
            let attRoutes = header + "att,852,comcast,1,100,2019-01-01,\n"
            let comcastRoutes = header + "comcast,852,china-telecom-americas,7,42,2019-01-01,\n"
            let attUpload = try await api.request(
                "/datasets/voice-routes?file_name=att-routes.csv",
                .post,
                key: api.att,
                contentType: "text/csv",
                body: Data(attRoutes.utf8)
            )
            #expect(attUpload.status == .created)
            let comcastUpload = try await api.request(
                "/datasets/voice-routes?file_name=comcast-secret-routes.csv",
                .post,
                key: api.comcast,
                contentType: "text/csv",
                body: Data(comcastRoutes.utf8)
            )
            #expect(comcastUpload.status == .created)
            let comcastDataset = try #require(try APITestHarness.json(comcastUpload)["datasetId"] as? Int)
            let evaluation = try await EvaluationService(client: api.database).evaluate(
                asOf: Day(iso: "2024-06-01")!,
                trigger: "api:cck_regulatorprefix",
                logger: TestDatabase.logger
            ).id

            let regulatorView = try await api.allFindings("evaluation=\(evaluation)&include=evidence&rule=CC-3", key: api.regulator)
            #expect(Self.records(regulatorView).contains { $0["file"] as? String == "comcast-secret-routes.csv" })
            let attView = try await api.allFindings("evaluation=\(evaluation)&include=evidence&rule=CC-3", key: api.att)
            let attRecords = Self.records(attView)
            #expect(attRecords.contains { $0["file"] as? String == "att-routes.csv" }, "att's own records keep their details")
            let hidden = attRecords.filter { $0["detail"] as? String == "a record of another operator" }
            #expect(!hidden.isEmpty)
            #expect(hidden.allSatisfy { $0["dataset"] as? Int == 0 && ($0["file"] as? String ?? "").isEmpty && $0["line"] == nil })

            for uri in [
                "/findings?evaluation=\(evaluation)&include=evidence&limit=100", "/evaluations/\(evaluation)/report?format=json",
                "/evaluations/\(evaluation)/report?format=markdown", "/evaluations/\(evaluation)/report?format=csv",
                "/evaluations/\(evaluation)/report?format=html", "/evaluations/\(evaluation)/diff?against=1&format=json",
                "/evaluations", "/evaluations/\(evaluation)",
            ] {
                let body = String(buffer: try await api.request(uri, key: api.att).body)
                #expect(!body.contains("comcast-secret-routes.csv"), "\(uri)")
                #expect(!body.contains("priority 7") && !body.contains("weight 42"), "\(uri)")
                #expect(!body.contains("cck_regulatorprefix"), "\(uri)")
            }
            let summary = try APITestHarness.json(try await api.request("/evaluations/\(evaluation)", key: api.att))
            #expect((summary["datasetIds"] as? [Int])?.contains(comcastDataset) == false)
            #expect(summary["trigger"] as? String == "api")
            let report = try APITestHarness.json(try await api.request("/evaluations/\(evaluation)/report?format=json", key: api.att))
            let datasets = report["datasets"] as? [[String: Any]] ?? []
            #expect(!datasets.isEmpty && !datasets.contains { $0["id"] as? Int == comcastDataset })
        }
    }

    private static func records(_ findings: [[String: Any]]) -> [[String: Any]] {
        findings.flatMap { $0["records"] as? [[String: Any]] ?? [] }
    }

    private static func subject(_ finding: [String: Any]) -> String {
        (finding["subject"] as? [String: Any])?["ref"] as? String ?? ""
    }
}
