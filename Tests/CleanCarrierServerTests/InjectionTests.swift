import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// SQL metacharacters in every parameter are data, never SQL: no server error, no change, no leak.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct InjectionTests {
    static let payloads = [
        "' OR '1'='1", "'; DROP TABLE findings; --", "\" OR 1=1 --", "1; SELECT pg_sleep(5)", "att' --", "%' OR subject LIKE '%",
        "\\'; TRUNCATE api_keys; --", "$1", "AS7018') OR ('a'='a",
    ]

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    @Test(arguments: InjectionTests.payloads)
    func queryAndPathParametersAreHarmless(payload: String) async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let value = Self.encoded(payload)
            let reads = [
                "/findings?subject=\(value)", "/findings?cursor=\(value)", "/findings?rule=\(value)", "/findings?severity=\(value)",
                "/findings?status=\(value)", "/findings?evaluation=\(value)", "/findings/\(value)", "/entities/\(value)", "/entities?as_of=\(value)",
                "/datasets?kind=\(value)", "/datasets?cursor=\(value)", "/datasets/\(value)", "/evaluations/\(value)", "/evaluations?cursor=\(value)",
                "/evaluations/1/report?format=\(value)", "/audit?cursor=\(value)", "/findings?limit=\(value)",
            ]
            for uri in reads {
                let key = uri.hasPrefix("/audit") ? api.admin : api.att
                let response = try await api.request(uri, key: key)
                #expect(response.status.code < 500, "\(uri) answered \(response.status)")
                if uri.hasPrefix("/findings?subject") || uri.hasPrefix("/findings/") {
                    #expect(try APITestHarness.items(response).isEmpty, "\(uri) leaked findings")
                }
            }
            let writes: [(String, HTTPRequest.Method, String, String, String)] = [
                ("/datasets/interconnects?file_name=\(value)", .post, "text/csv", payload, api.att),
                ("/datasets/interconnects?tenant=\(value)", .post, "text/csv", "x", api.regulator),
                ("/designations/\(value)/end", .post, "application/json", #"{"end":"2030-01-01"}"#, api.regulator),
                ("/keys", .post, "application/json", #"{"role":"telco","tenant":"t","entities":[\#(Self.quoted(payload))]}"#, api.admin),
                ("/keys/\(value)", .delete, "application/json", "", api.admin),
            ]
            for (uri, method, type, body, key) in writes {
                let response = try await api.request(uri, method, key: key, contentType: type, body: Data(body.utf8))
                #expect(response.status.code < 500, "\(method) \(uri) answered \(response.status)")
            }
            var after = try await api.tableState()
            after["api_keys"] = before["api_keys"]
            after["tenants"] = before["tenants"]
            #expect(after == before)
            #expect(try await api.allFindings(key: api.regulator).count > 0)
        }
    }

    @Test func designationFieldsAreStoredAsData() async throws {
        try await APITestHarness.run { api in
            let payload = "x'); DROP TABLE designations; --"
            let body = #"{"id":"reg-1","entity":"att","instrument":"regulator-defined","effective":"2024-01-01","citation":\#(Self.quoted(payload))}"#
            let created = try await api.request("/designations", .post, key: api.regulator, contentType: "application/json", body: Data(body.utf8))
            #expect(created.status == .created)
            let designations = try APITestHarness.items(try await api.request("/designations", key: api.regulator))
            #expect(designations.contains { $0["citation"] as? String == payload })
            let badEntity = body.replacingOccurrences(of: #""att""#, with: Self.quoted(payload)).replacingOccurrences(of: "reg-1", with: "reg-2")
            let refused = try await api.request(
                "/designations",
                .post,
                key: api.regulator,
                contentType: "application/json",
                body: Data(badEntity.utf8)
            )
            #expect(refused.status == .unprocessableContent)
        }
    }

    private static func quoted(_ text: String) -> String {
        (try? JSONEncoder().encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
