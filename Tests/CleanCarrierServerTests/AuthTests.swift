import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct AuthTests {
    @Test func missingMalformedUnknownAndRevokedKeysGet401AsProblems() async throws {
        try await APITestHarness.run { api in
            let unknown = "cck_0123abcd_" + String(repeating: "x", count: 43)
            for key in [nil, "", "not-a-key", unknown, api.regulator + "x"] {
                let response = try await api.request("/findings", key: key)
                #expect(response.status == .unauthorized, "key \(key ?? "none")")
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                #expect(try APITestHarness.json(response)["status"] as? Int == 401)
            }
            let basic = try await api.client.execute(uri: "/findings", method: .get, headers: [.authorization: "Basic \(api.regulator)"]) { $0 }
            #expect(basic.status == .unauthorized)

            let created = try await api.request(
                "/keys",
                .post,
                key: api.admin,
                contentType: "application/json",
                body: Data(#"{"role":"regulator"}"#.utf8)
            )
            #expect(created.status == .created)
            let body = try APITestHarness.json(created)
            let secret = try #require(body["secret"] as? String)
            let id = try #require((body["key"] as? [String: Any])?["id"] as? Int)
            #expect(try await api.request("/findings", key: secret).status == .ok)
            #expect(try await api.request("/keys/\(id)", .delete, key: api.admin).status == .ok)
            #expect(try await api.request("/findings", key: secret).status == .unauthorized)
        }
    }

    @Test func rolesAreEnforcedWith403() async throws {
        try await APITestHarness.run { api in
            let json = "application/json"
            let designation = Data(
                #"{"id":"x","entity":"att","instrument":"regulator-defined","effective":"2024-01-01","citation":"c"}"#.utf8
            )
            let regulatorOnly: [(String, HTTPRequest.Method, String?, Data?)] = [
                ("/evaluations", .post, json, Data("{}".utf8)),
                ("/designations", .post, json, designation),
                ("/designations/fcc-21-114/end", .post, json, Data(#"{"end":"2030-01-01"}"#.utf8)),
                ("/datasets/registry", .post, "application/yaml", Data("entities: []\n".utf8)),
                ("/datasets/as-relationships", .post, "text/plain", Data("1|2|-1\n".utf8)),
                ("/audit", .get, nil, nil),
                ("/keys", .get, nil, nil),
            ]
            let before = try await api.tableState()
            for (uri, method, type, body) in regulatorOnly {
                let response = try await api.request(uri, method, key: api.att, contentType: type, body: body)
                #expect(response.status == .forbidden, "\(method) \(uri)")
                #expect(response.headers[.contentType] == "application/problem+json")
            }
            for uri in ["/keys", "/audit"] { #expect(try await api.request(uri, key: api.admin).status == .ok) }
            #expect(try await api.request("/keys", key: api.regulator).status == .forbidden)
            #expect(try await api.request("/findings", key: api.admin).status == .forbidden)
            #expect(try await api.tableState() == before)
        }
    }

    @Test func operationalRoutesAnswerWithoutAKeyButMetricsAndUnknownMethodsGet405() async throws {
        try await APITestHarness.run { api in
            #expect(try await api.request("/health", key: nil).status == .ok)
            let spec = try await api.request("/openapi.yaml", key: nil)
            #expect(spec.status == .ok)
            #expect(String(buffer: spec.body).hasPrefix("openapi: \"3.1.0\""))
            _ = try await api.request("/findings", key: api.regulator)
            #expect(try await api.request("/metrics", key: nil).status == .unauthorized)
            #expect(try await api.request("/metrics", key: api.att).status == .forbidden)
            let metrics = String(buffer: try await api.request("/metrics", key: api.regulator).body)
            #expect(metrics.contains("http_requests_total"))
            #expect(metrics.contains(#"route="/findings""#))

            let put = try await api.request("/findings", .put, key: api.regulator)
            #expect(put.status == .methodNotAllowed)
            #expect(put.headers[.allow] == "GET")
            let delete = try await api.request("/evaluations", .delete, key: nil)
            #expect(delete.status == .methodNotAllowed)
            #expect(delete.headers[.allow] == "GET, POST")
            #expect(try await api.request("/datasets/7", .patch, key: nil).headers[.allow] == "GET")
            let missing = try await api.request("/nothing/here", key: api.regulator)
            #expect(missing.status == .notFound)
            #expect(missing.headers[.contentType] == "application/problem+json")
        }
    }
}
