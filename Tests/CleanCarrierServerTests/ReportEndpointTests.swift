import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// `GET /evaluations/{id}/report?format=html` and `GET /evaluations/{id}/diff?against=`: rendered through the router,
/// holding a telco's own findings only.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ReportEndpointTests {
    @Test func theHTMLReportIsAPageWithEveryVisibleFinding() async throws {
        try await APITestHarness.run { api in
            let all = try await api.allFindings(key: api.regulator)
            let response = try await api.request("/evaluations/1/report?format=html", key: api.regulator)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType]?.hasPrefix("text/html") == true)
            let page = String(buffer: response.body)
            #expect(page.hasPrefix("<!DOCTYPE html>"))
            #expect(Self.articles(page) == all.count)
            let fingerprints = all.compactMap { $0["fingerprint"] as? String }
            #expect(fingerprints.count == all.count)
            #expect(fingerprints.allSatisfy { page.contains("<code>\($0)</code>") })

            let mine = try await api.allFindings(key: api.att)
            let attPage = String(buffer: try await api.request("/evaluations/1/report?format=html", key: api.att).body)
            #expect(Self.articles(attPage) == mine.count)
            let own = Set(mine.compactMap { $0["fingerprint"] as? String })
            #expect(fingerprints.allSatisfy { attPage.contains("<code>\($0)</code>") == own.contains($0) })
        }
    }

    @Test func theDiffListsNewPersistingAndResolvedFindings() async throws {
        try await APITestHarness.run { api in
            let original = String(decoding: try APITestHarness.fixture("interconnects/declared.csv"), as: UTF8.self)
            let changed = original.replacingOccurrences(of: "comcast,pacific-networks,voice-tdm", with: "comcast,china-unicom-americas,voice-tdm")
            try #require(changed != original)
            let upload = try await api.request(
                "/datasets/interconnects",
                .post,
                key: api.regulator,
                contentType: "text/csv",
                body: Data(changed.utf8)
            )
            #expect(upload.status == .created)
            #expect(try await api.evaluate(asOf: "2024-01-01")["id"] as? Int == 2)

            let diff = try APITestHarness.json(try await api.request("/evaluations/2/diff?against=1&format=json", key: api.regulator))
            #expect((diff["baseline"] as? [String: Any])?["evaluationID"] as? Int == 1)
            #expect(diff["evaluationID"] as? Int == 2)
            #expect(Self.counterparts(diff, "new") == ["china-unicom-americas"])
            #expect(Self.counterparts(diff, "resolved") == ["pacific-networks"])
            #expect(Self.counterparts(diff, "persisting").count == (try await api.allFindings("evaluation=1", key: api.regulator)).count - 1)

            let comcast = try APITestHarness.json(try await api.request("/evaluations/2/diff?against=1&format=json", key: api.comcast))
            #expect(Self.counterparts(comcast, "new") == ["china-unicom-americas"])
            #expect(Self.counterparts(comcast, "resolved") == ["pacific-networks"])
            let att = try APITestHarness.json(try await api.request("/evaluations/2/diff?against=1&format=json", key: api.att))
            let attEntries = att["entries"] as? [[String: Any]] ?? []
            #expect(!attEntries.isEmpty)
            #expect(attEntries.allSatisfy { ["att", "AS7018"].contains(Self.ref($0["finding"] as? [String: Any] ?? [:], "subject")) })
            #expect(attEntries.allSatisfy { $0["status"] as? String == "persisting" })

            let markdown = String(buffer: try await api.request("/evaluations/2/diff?against=1", key: api.regulator).body)
            #expect(markdown.contains("- Changes from evaluation #1 (as of 2024-01-01) to #2 (as of 2024-01-01)\n- Changes: 1 new, 1 resolved, "))
            let html = try await api.request("/evaluations/2/diff?against=1&format=html", key: api.regulator)
            #expect(html.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(String(buffer: html.body).contains("<article class=\"finding violation resolved\""))

            #expect(try await api.request("/evaluations/2/diff", key: api.regulator).status == .badRequest)
            #expect(try await api.request("/evaluations/2/diff?against=0", key: api.regulator).status == .badRequest)
            #expect(try await api.request("/evaluations/2/diff?against=99", key: api.regulator).status == .notFound)
            #expect(try await api.request("/evaluations/99/diff?against=1", key: api.att).status == .notFound)
            #expect(try await api.request("/evaluations/2/diff?against=1", key: api.admin).status == .forbidden)
        }
    }

    /// How many findings an HTML report shows.
    static func articles(_ page: String) -> Int {
        page.components(separatedBy: "<article class=\"finding ").count - 1
    }

    static func ref(_ finding: [String: Any], _ party: String) -> String {
        (finding[party] as? [String: Any])?["ref"] as? String ?? ""
    }

    /// The counterparts of a JSON report's entries with `status`.
    static func counterparts(_ report: [String: Any], _ status: String) -> [String] {
        (report["entries"] as? [[String: Any]] ?? []).filter { $0["status"] as? String == status }
            .map { Self.ref($0["finding"] as? [String: Any] ?? [:], "counterpart") }
    }
}
