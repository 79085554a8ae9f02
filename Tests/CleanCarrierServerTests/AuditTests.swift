import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// Every state-changing operation and every failed authentication is audited, in the transaction of the change; the
/// audit log refuses UPDATE, DELETE and TRUNCATE whoever asks.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct AuditTests {
    static let json = "application/json"

    @Test func everyStateChangingOperationIsAudited() async throws {
        try await APITestHarness.run { api in
            let keys = APIKeyRepository(client: api.database)
            let toRotate = try await keys.create(role: .regulator, tenant: nil, entities: [], label: "rotate", logger: TestDatabase.logger).0.id
            let toRevoke = try await keys.create(role: .regulator, tenant: nil, entities: [], label: "revoke", logger: TestDatabase.logger).0.id
            let csv = "party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,Audit IX,,,2020-01-01,\n"
            let calls: [(String, HTTPRequest.Method, String, String?, Data?, String)] = [
                ("/datasets/interconnects", .post, api.att, "text/csv", Data(csv.utf8), "upload.interconnects"),
                ("/datasets/interconnects", .post, api.att, "text/csv", Data("nonsense\n".utf8), "upload.interconnects"),
                (
                    "/datasets/registry", .post, api.regulator, "application/yaml", try APITestHarness.fixture("registry/registry.yaml"),
                    "upload.registry"
                ),
                (
                    "/designations", .post, api.regulator, Self.json,
                    Data(
                        #"{"id":"audit-1","entity":"china-telecom-americas","instrument":"regulator-defined","effective":"2020-01-01","citation":"c"}"#
                            .utf8
                    ),
                    "designation.create"
                ),
                ("/designations/audit-1/end", .post, api.regulator, Self.json, Data(#"{"end":"2030-01-01"}"#.utf8), "designation.end"),
                ("/evaluations", .post, api.regulator, Self.json, Data(#"{"asOf":"2024-01-01"}"#.utf8), "evaluation.queue"),
                (
                    "/datasets/equipment", .post, api.att, "text/csv",
                    Data(
                        "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\natt,Audit site,control,core,nokia,Core,2019-06-01,,\n"
                            .utf8
                    ),
                    "upload.equipment"
                ),
                (
                    "/datasets/cable-circuits", .post, api.att, "text/csv",
                    Data("carrier,cable,end_a,end_b,start,end\natt,audit-cable,US,JP,2019-01-01,\n".utf8),
                    "upload.cable-circuits"
                ),
                ("/keys", .post, api.admin, Self.json, Data(#"{"role":"regulator"}"#.utf8), "key.create"),
                ("/keys/\(toRotate)/rotate", .post, api.admin, Self.json, Data("{}".utf8), "key.rotate"),
                ("/keys/\(toRevoke)", .delete, api.admin, nil, nil, "key.revoke"),
                ("/schedules", .post, api.regulator, Self.json, Data(#"{"name":"audit","cron":"0 2 * * *"}"#.utf8), "schedule.create"),
                ("/schedules/audit", .delete, api.regulator, nil, nil, "schedule.delete"),
            ]
            for (uri, method, key, type, body, action) in calls {
                let before = try await Self.count(api, action: action)
                let response = try await api.request(uri, method, key: key, contentType: type, body: body)
                #expect(response.status.code < 500, "\(method) \(uri): \(String(buffer: response.body))")
                #expect(try await Self.count(api, action: action) == before + 1, "\(method) \(uri) audits \(action)")
            }
        }
    }

    @Test func failedAuthenticationsAreAuditedWithTheirReasonAndAddress() async throws {
        try await APITestHarness.run { api in
            let unknown = "cck_0123abcd_" + String(repeating: "x", count: 43)
            for key in [nil, "not-a-key", unknown] {
                #expect(try await api.request("/findings", key: key).status == .unauthorized)
            }
            #expect(try await api.client.execute(uri: "/keys", method: .get, headers: [.authorization: "Basic eDp5"]) { $0 }.status == .unauthorized)
            #expect(try await Self.count(api, action: "auth.failed") == 4)
            let rows = try await api.database.query(
                "SELECT actor, target, details->>'reason', details ? 'address' FROM audit_log WHERE action = 'auth.failed' ORDER BY id",
                logger: TestDatabase.logger
            )
            var events: [(String, String, String, Bool)] = []
            for try await row in rows.decode((String, String, String, Bool).self) { events.append(row) }
            #expect(events.map(\.0) == ["anonymous", "anonymous", "0123abcd", "anonymous"])
            #expect(events.map(\.1) == ["GET /findings", "GET /findings", "GET /findings", "GET /keys"])
            #expect(events.map(\.2) == ["no key", "unknown, revoked or expired key", "unknown, revoked or expired key", "not a bearer token"])
            #expect(events.allSatisfy { $0.3 })
        }
    }

    @Test func aChangeWhoseAuditFailsIsRolledBack() async throws {
        try await APITestHarness.run { api in
            let logger = TestDatabase.logger
            try await api.database.query(
                "CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit refused'; END; $$",
                logger: logger
            )
            try await api.database.query(
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()",
                logger: logger
            )
            let before = try await api.tableState()
            let datasets = try await Self.rows(api, "datasets")
            let csv = "party_a,party_b,kind,facility,city,country,start,end\natt,AS4134,ip-peering,Rolled IX,,,2020-01-01,\n"
            let changes: [(String, HTTPRequest.Method, String, String?, Data?)] = [
                ("/datasets/interconnects", .post, api.att, "text/csv", Data(csv.utf8)),
                ("/datasets/interconnects", .post, api.att, "text/csv", Data("nonsense\n".utf8)),
                (
                    "/designations", .post, api.regulator, Self.json,
                    Data(
                        #"{"id":"rolled","entity":"china-telecom-americas","instrument":"regulator-defined","effective":"2020-01-01","citation":"c"}"#
                            .utf8
                    )
                ),
                ("/evaluations", .post, api.regulator, Self.json, Data(#"{"asOf":"2024-01-01"}"#.utf8)),
                ("/keys", .post, api.admin, Self.json, Data(#"{"role":"regulator"}"#.utf8)),
                ("/keys/2", .delete, api.admin, nil, nil),
                ("/schedules", .post, api.regulator, Self.json, Data(#"{"name":"rolled","cron":"0 2 * * *"}"#.utf8)),
            ]
            for (uri, method, key, type, body) in changes {
                let response = try await api.request(uri, method, key: key, contentType: type, body: body)
                #expect(response.status == .internalServerError, "\(method) \(uri)")
            }
            #expect(try await api.tableState() == before)
            #expect(try await Self.rows(api, "datasets") == datasets, "not even a rejected upload's row is left")
            #expect(try await Self.rows(api, "schedules") == 0)
        }
    }

    @Test func theAuditLogIsAppendOnlyAtTheDatabase() async throws {
        try await APITestHarness.run { api in
            #expect(try await api.request("/findings", key: nil).status == .unauthorized)
            let count = try await Self.rows(api, "audit_log")
            #expect(count > 0)
            for statement in ["UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log"] {
                await #expect(throws: (any Error).self, "\(statement)") {
                    try await api.database.query(PostgresQuery(unsafeSQL: statement), logger: TestDatabase.logger)
                }
            }
            #expect(try await Self.rows(api, "audit_log") == count)
        }
    }

    static func count(_ api: APITestHarness, action: String) async throws -> Int {
        for try await count in try await api.database.query(
            "SELECT count(*)::int FROM audit_log WHERE action = \(action)",
            logger: TestDatabase.logger
        ).decode(Int.self) {
            return count
        }
        return 0
    }

    static func rows(_ api: APITestHarness, _ table: String) async throws -> Int {
        for try await count in try await api.database.query("SELECT count(*)::int FROM \(unescaped: table)", logger: TestDatabase.logger).decode(
            Int.self
        ) {
            return count
        }
        return 0
    }
}
