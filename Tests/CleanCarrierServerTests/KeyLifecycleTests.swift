import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// Keys may expire, record their last use and rotate (a new key with the same role and bindings; the old one revoked).
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct KeyLifecycleTests {
    static let json = "application/json"

    @Test func anExpiredKeyNoLongerAuthenticates() async throws {
        try await APITestHarness.run { api in
            let past = try await api.request(
                "/keys",
                .post,
                key: api.admin,
                contentType: Self.json,
                body: Data(#"{"role":"regulator","expiresAt":"2001-01-01T00:00:00Z"}"#.utf8)
            )
            #expect(past.status == .unprocessableContent)
            let created = try await api.request(
                "/keys",
                .post,
                key: api.admin,
                contentType: Self.json,
                body: Data(#"{"role":"regulator","expiresAt":"2099-01-01T00:00:00Z"}"#.utf8)
            )
            #expect(created.status == .created)
            let body = try APITestHarness.json(created)
            let secret = try #require(body["secret"] as? String)
            let id = try #require((body["key"] as? [String: Any])?["id"] as? Int)
            #expect((body["key"] as? [String: Any])?["expiresAt"] as? String == "2099-01-01T00:00:00Z")
            #expect(try await api.request("/findings", key: secret).status == .ok)
            try await api.database.query(
                "UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = \(Int64(id))",
                logger: TestDatabase.logger
            )
            #expect(try await api.request("/findings", key: secret).status == .unauthorized)
        }
    }

    @Test func keysShowTheirLastUse() async throws {
        try await APITestHarness.run { api in
            let before = try APITestHarness.items(try await api.request("/keys", key: api.admin))
            let att = try #require(before.first { $0["tenant"] as? String == "att" })
            #expect(att["lastUsedAt"] == nil)
            #expect(try await api.request("/findings", key: api.att).status == .ok)
            let after = try APITestHarness.items(try await api.request("/keys", key: api.admin))
            let used = try #require(after.first { $0["tenant"] as? String == "att" }?["lastUsedAt"] as? String)
            let date = try Date(used, strategy: .iso8601)
            #expect(abs(date.timeIntervalSinceNow) < 120)
        }
    }

    @Test func rotatingMakesANewKeyWithTheSameBindingsAndRevokesTheOld() async throws {
        try await APITestHarness.run { api in
            let keys = try APITestHarness.items(try await api.request("/keys", key: api.admin))
            let old = try #require(keys.first { $0["tenant"] as? String == "att" })
            let oldID = try #require(old["id"] as? Int)
            let rotated = try await api.request("/keys/\(oldID)/rotate", .post, key: api.admin, contentType: Self.json, body: Data("{}".utf8))
            #expect(rotated.status == .created)
            let body = try APITestHarness.json(rotated)
            let secret = try #require(body["secret"] as? String)
            let key = try #require(body["key"] as? [String: Any])
            #expect(key["replacesId"] as? Int == oldID)
            #expect(key["role"] as? String == "telco" && key["tenant"] as? String == "att" && key["entities"] as? [String] == ["att"])
            #expect(try await api.request("/findings", key: api.att).status == .unauthorized)
            #expect(try await api.request("/findings", key: secret).status == .ok)
            // A revoked key cannot be rotated again; rotating needs an admin.
            let again = try await api.request("/keys/\(oldID)/rotate", .post, key: api.admin, contentType: Self.json, body: Data("{}".utf8))
            #expect(again.status == .notFound, "\(String(buffer: again.body))")
            let byRegulator = try await api.request(
                "/keys/\(key["id"] as? Int ?? 0)/rotate",
                .post,
                key: api.regulator,
                contentType: Self.json,
                body: Data("{}".utf8)
            )
            #expect(byRegulator.status == .forbidden, "\(String(buffer: byRegulator.body))")
        }
    }
}
