import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct RegulatorActionsTests {
    @Test func designationsMakeNewRegistryVersionsThatEvaluationsUse() async throws {
        try await APITestHarness.run { api in
            let json = "application/json"
            let before = try APITestHarness.json(try await api.request("/designations", key: api.regulator))
            let version = try #require(before["registryVersion"] as? Int)
            let body = #"{"id":"reg-zayo","entity":"zayo","instrument":"regulator-defined","effective":"2023-01-01","citation":"test order"}"#
            let created = try await api.request("/designations", .post, key: api.regulator, contentType: json, body: Data(body.utf8))
            #expect(created.status == .created)
            let newVersion = try #require(try APITestHarness.json(created)["registryVersion"] as? Int)
            #expect(newVersion > version)
            #expect(try await api.request("/designations", .post, key: api.regulator, contentType: json, body: Data(body.utf8)).status == .conflict)

            let zayo = try APITestHarness.json(try await api.request("/entities/zayo?as_of=2024-01-01", key: api.regulator))
            #expect(zayo["untrusted"] as? Bool == true)
            #expect((zayo["chains"] as? [String])?.first?.contains("test order") == true)
            #expect(try await api.evaluate(asOf: "2024-01-01")["registryVersion"] as? Int == newVersion)

            let end = Data(#"{"end":"2023-06-01"}"#.utf8)
            let ended = try await api.request("/designations/reg-zayo/end", .post, key: api.regulator, contentType: json, body: end)
            #expect(ended.status == .ok)
            #expect((try APITestHarness.json(ended)["designation"] as? [String: Any])?["end"] as? String == "2023-06-01")
            #expect(try await api.request("/designations/reg-zayo/end", .post, key: api.regulator, contentType: json, body: end).status == .conflict)
            #expect(try await api.request("/designations/nothing/end", .post, key: api.regulator, contentType: json, body: end).status == .notFound)
            let later = try APITestHarness.json(try await api.request("/entities/zayo?as_of=2024-01-01", key: api.regulator))
            #expect(later["untrusted"] as? Bool == false)

            let audit = try APITestHarness.items(try await api.request("/audit", key: api.admin)).compactMap { $0["action"] as? String }
            #expect(audit.filter { $0.hasPrefix("designation.") }.starts(with: ["designation.end", "designation.create"]))
            #expect(audit.contains("evaluation.queue"), "POST /evaluations is audited too")
        }
    }

    @Test func findingsPageWithACursorAndReportsComeInEveryFormat() async throws {
        try await APITestHarness.run { api in
            let all = try await api.allFindings(key: api.regulator)
            #expect(all.count > 2)
            var seen: [String] = []
            var uri = "/findings?limit=2"
            while true {
                let page = try APITestHarness.json(try await api.request(uri, key: api.regulator))
                seen += (page["items"] as? [[String: Any]] ?? []).compactMap { $0["fingerprint"] as? String }
                guard let next = page["next"] as? String else { break }
                uri = "/findings?limit=2&cursor=\(next)"
            }
            #expect(seen == all.compactMap { $0["fingerprint"] as? String })
            let violations = try APITestHarness.items(try await api.request("/findings?rule=CC-1&severity=violation", key: api.regulator))
            #expect(violations.allSatisfy { $0["rule"] as? String == "CC-1" && $0["severity"] as? String == "violation" })

            let markdown = try await api.request("/evaluations/1/report", key: api.regulator)
            #expect(markdown.headers[.contentType]?.hasPrefix("text/markdown") == true)
            #expect(String(buffer: markdown.body).hasPrefix("# CleanCarrier compliance report"))
            let json = try APITestHarness.json(try await api.request("/evaluations/1/report?format=json", key: api.regulator))
            #expect((json["entries"] as? [Any])?.count == all.count)
            let csv = String(buffer: try await api.request("/evaluations/1/report?format=csv", key: api.regulator).body)
            let lines = csv.split(separator: "\n")
            #expect(lines.filter { !$0.contains(",clean-telco,") }.count == all.count + 1)
            #expect(
                lines.filter { $0.contains(",clean-telco,") }.count == (json["cleanTelco"] as? [Any])?.count,
                "then one line per clean-telco status"
            )
            #expect(try await api.request("/evaluations/99/report", key: api.regulator).status == .notFound)
        }
    }
}
