import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// `GET /findings` lists 20 summaries a page by default; `include=evidence` adds each finding's evidence, the same as
/// `GET /findings/{fingerprint}` gives; filters and a telco's view select the same findings either way.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct FindingPageTests {
    static let evidenceKeys: Set<String> = ["hops", "records", "trustChains"]

    @Test func pagesListSummariesUnlessEvidenceIsAskedFor() async throws {
        try await APITestHarness.run { api in
            let all = try await api.allFindings(key: api.regulator)
            try #require(all.count > 20)
            let first = try await api.request("/findings", key: api.regulator)
            let page = try APITestHarness.json(first)
            let items = page["items"] as? [[String: Any]] ?? []
            #expect(items.count == 20)
            #expect(page["next"] is String)
            #expect(items.allSatisfy { Set($0.keys).isDisjoint(with: Self.evidenceKeys) })
            #expect(items.map { $0["fingerprint"] as? String } == all.prefix(20).map { $0["fingerprint"] as? String })

            let withEvidence = try await api.request("/findings?include=evidence", key: api.regulator)
            #expect(first.body.readableBytes * 2 < withEvidence.body.readableBytes)
            let full = try await api.allFindings("include=evidence", key: api.regulator)
            #expect(full.count == all.count)
            for (lean, whole) in zip(all, full) {
                #expect(Set(whole.keys).isSuperset(of: Self.evidenceKeys))
                #expect(NSDictionary(dictionary: lean) == NSDictionary(dictionary: whole.filter { !Self.evidenceKeys.contains($0.key) }))
            }
            for whole in full.prefix(5) {
                let fingerprint = try #require(whole["fingerprint"] as? String)
                let one = try APITestHarness.json(try await api.request("/findings/\(fingerprint)", key: api.regulator))
                #expect(NSDictionary(dictionary: one) == NSDictionary(dictionary: whole))
                #expect((one["records"] as? [Any])?.isEmpty == false)
            }
        }
    }

    @Test func pageSizeIsOneToOneHundred() async throws {
        try await APITestHarness.run { api in
            let hundred = try await api.request("/findings?limit=100", key: api.regulator)
            #expect(hundred.status == .ok)
            #expect((try APITestHarness.items(hundred)).count > 20)
            for limit in [0, 101, 500] {
                let response = try await api.request("/findings?limit=\(limit)", key: api.regulator)
                #expect(response.status == .badRequest, "limit=\(limit)")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect((try APITestHarness.json(response)["detail"] as? String)?.contains("1 to 100") == true)
            }
        }
    }

    @Test func filtersAndTheTelcoViewSelectTheSameFindingsWithOrWithoutEvidence() async throws {
        try await APITestHarness.run { api in
            let filters = ["rule=CC-1", "severity=violation", "status=new", "subject=att", "subject=AS7018&rule=CC-1"]
            for filter in filters {
                let lean = try await api.allFindings(filter, key: api.regulator)
                let full = try await api.allFindings(filter + "&include=evidence", key: api.regulator)
                #expect(!lean.isEmpty, "\(filter)")
                #expect(lean.map { $0["fingerprint"] as? String } == full.map { $0["fingerprint"] as? String }, "\(filter)")
                for (name, value) in filter.split(separator: "&").map({ $0.split(separator: "=").map(String.init) }).map({ ($0[0], $0[1]) }) {
                    let field = { (item: [String: Any]) in
                        name == "subject" ? (item["subject"] as? [String: Any])?["ref"] as? String : item[name] as? String
                    }
                    #expect(lean.allSatisfy { field($0) == value }, "\(filter)")
                }
            }
            let mine = try await api.allFindings(key: api.att)
            #expect(!mine.isEmpty)
            #expect(mine.allSatisfy { ["att", "AS7018"].contains(($0["subject"] as? [String: Any])?["ref"] as? String ?? "") })
            let mineWithEvidence = try await api.allFindings("include=evidence", key: api.att)
            #expect(mine.map { $0["fingerprint"] as? String } == mineWithEvidence.map { $0["fingerprint"] as? String })
        }
    }
}
