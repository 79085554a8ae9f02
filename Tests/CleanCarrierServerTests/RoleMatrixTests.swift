import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Configuration
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// Every operation of the served spec, called by every role: admin, regulator, the two telcos, no key and a revoked
/// key. Each answer has the status the role calls for, and no telco's answer holds anything of the other telco (its
/// uploads' marker, entity, key prefix) or the regulator's key prefix. A new operation fails the test until it is added
/// to `RoleMatrixTests.operations`.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct RoleMatrixTests {
    enum Role: String, CaseIterable, Sendable {
        case none, revoked, att, comcast, admin, regulator
    }

    /// One call: the request a role sends, and the statuses it may get.
    struct Operation: Sendable {
        var method: HTTPRequest.Method
        /// The spec's path template, e.g. `/datasets/{datasetId}`.
        var path: String
        /// The roles that may call it; the others get 403 (no key or a revoked key: 401).
        var roles: Set<Role>
        /// The statuses an allowed role may get (default 200).
        var success: Set<HTTPResponse.Status> = [.ok]
        /// A status other than success for one role, e.g. 404 for the other telco's dataset.
        var exceptions: [Role: HTTPResponse.Status] = [:]
        var request: @Sendable (Role, Fixture) -> (uri: String, contentType: String?, body: Data?)
    }

    /// What the operations refer to, made before they run.
    struct Fixture: Sendable {
        var comcastDataset: Int
        var comcastFinding: String
        var revokedKey: String
        var keyToRevoke: Int
        var keyToRotate: Int
        var job: Int
        var evaluation: Int
    }

    static let telcos: Set<Role> = [.att, .comcast]
    static let readers: Set<Role> = [.regulator, .att, .comcast]
    static let created: Set<HTTPResponse.Status> = [.created, .ok]
    static let interconnectsHeader = "party_a,party_b,kind,facility,city,country,start,end\n"
    static let routesHeader = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\n"

    /// The marker each role's uploads carry, which no other telco may ever see.
    static func marker(_ role: Role) -> String { "\(role.rawValue.uppercased())-PRIVATE-MARK" }

    /// The party a role's uploads are about: a telco's own entity; AT&T for the regulator.
    static func party(_ role: Role) -> String { role == .comcast ? "comcast" : "att" }

    static func get(_ uri: String) -> @Sendable (Role, Fixture) -> (uri: String, contentType: String?, body: Data?) { { _, _ in (uri, nil, nil) } }

    static func json(_ uri: String, _ body: String) -> @Sendable (Role, Fixture) -> (uri: String, contentType: String?, body: Data?) {
        { _, _ in (uri, "application/json", Data(body.utf8)) }
    }

    static func fixtureFile(
        _ uri: String,
        _ type: String,
        _ file: String
    ) -> @Sendable (Role, Fixture) -> (uri: String, contentType: String?, body: Data?) {
        { _, _ in (uri, type, try? APITestHarness.fixture(file)) }
    }

    static let operations: [Operation] = [
        Operation(method: .get, path: "/health", roles: Set(Role.allCases), request: get("/health")),
        Operation(
            method: .post,
            path: "/evaluations",
            roles: [.regulator],
            success: [.created, .accepted],
            request: json("/evaluations", #"{"asOf":"2024-01-01"}"#)
        ),
        Operation(method: .get, path: "/datasets", roles: readers, request: get("/datasets?limit=100")),
        Operation(method: .get, path: "/datasets/{datasetId}", roles: readers, exceptions: [.att: .notFound]) { _, f in
            ("/datasets/\(f.comcastDataset)", nil, nil)
        },
        Operation(method: .post, path: "/datasets/interconnects", roles: [.regulator, .att, .comcast], success: created) { role, _ in
            (
                "/datasets/interconnects?file_name=\(marker(role)).csv", "text/csv",
                Data((interconnectsHeader + "\(party(role)),AS4134,ip-peering,\(marker(role)) IX,Ashburn,US,2020-01-01,\n").utf8)
            )
        },
        Operation(
            method: .post,
            path: "/datasets/as-relationships",
            roles: [.regulator],
            success: created,
            request: fixtureFile("/datasets/as-relationships", "text/plain", "caida/prc-neighbourhood.as-rel.txt")
        ),
        Operation(
            method: .post,
            path: "/datasets/registry",
            roles: [.regulator],
            success: created,
            request: fixtureFile("/datasets/registry", "application/yaml", "registry/registry.yaml")
        ),
        Operation(method: .post, path: "/datasets/voice-routes", roles: [.regulator, .att, .comcast], success: created) { role, _ in
            (
                "/datasets/voice-routes?file_name=\(marker(role)).csv", "text/csv",
                Data((routesHeader + "\(party(role)),86,tata-communications-america,1,100,2019-01-01,\n").utf8)
            )
        },
        Operation(
            method: .post,
            path: "/datasets/number-ranges",
            roles: [.regulator],
            success: created,
            request: fixtureFile("/datasets/number-ranges", "text/csv", "voice/ranges.csv")
        ),
        Operation(method: .post, path: "/datasets/observed-paths", roles: [.regulator], success: created) { _, _ in
            (
                "/datasets/observed-paths", "text/plain",
                Data("TABLE_DUMP2|1277971199|B|202.249.2.20|4777|1.12.0.0/14|4777 2516 4134 4847|IGP|202.249.2.20|0|0||NAG||\n".utf8)
            )
        },
        Operation(
            method: .post,
            path: "/datasets/peeringdb",
            roles: [.regulator],
            success: created,
            request: fixtureFile("/datasets/peeringdb", "application/json", "peeringdb/peeringdb.json")
        ),
        Operation(method: .get, path: "/entities", roles: readers, request: get("/entities")),
        Operation(method: .get, path: "/entities/{entityId}", roles: readers, exceptions: [.att: .notFound], request: get("/entities/comcast")),
        Operation(method: .get, path: "/designations", roles: readers, request: get("/designations")),
        Operation(
            method: .post,
            path: "/designations",
            roles: [.regulator],
            success: [.created],
            request: json(
                "/designations",
                #"{"id":"matrix-order","entity":"china-telecom-americas","instrument":"regulator-defined","effective":"2020-01-01","citation":"Matrix"}"#
            )
        ),
        Operation(
            method: .post,
            path: "/designations/{designationId}/end",
            roles: [.regulator],
            request: json("/designations/matrix-order/end", #"{"end":"2030-01-01"}"#)
        ),
        Operation(method: .get, path: "/findings", roles: readers, request: get("/findings?include=evidence&limit=100")),
        Operation(method: .get, path: "/findings/{fingerprint}", roles: readers, exceptions: [.att: .notFound]) { _, f in
            ("/findings/\(f.comcastFinding)?evaluation=\(f.evaluation)", nil, nil)
        },
        Operation(method: .get, path: "/evaluations", roles: readers, request: get("/evaluations")),
        Operation(method: .get, path: "/evaluations/{evaluationId}", roles: readers) { _, f in ("/evaluations/\(f.evaluation)", nil, nil) },
        Operation(method: .get, path: "/evaluations/{evaluationId}/report", roles: readers) { _, f in
            ("/evaluations/\(f.evaluation)/report?format=json", nil, nil)
        },
        Operation(method: .get, path: "/evaluations/{evaluationId}/diff", roles: readers) { _, f in
            ("/evaluations/\(f.evaluation)/diff?against=1&format=json", nil, nil)
        },
        Operation(method: .get, path: "/trace/data", roles: [.regulator], request: get("/trace/data?from=7018&to=4134")),
        Operation(method: .get, path: "/trace/call", roles: [.regulator], request: get("/trace/call?from=att&to=%2B8613812345678")),
        Operation(method: .get, path: "/keys", roles: [.admin], request: get("/keys")),
        Operation(
            method: .post,
            path: "/keys",
            roles: [.admin],
            success: [.created],
            request: json("/keys", #"{"role":"regulator","label":"matrix"}"#)
        ),
        Operation(method: .delete, path: "/keys/{keyId}", roles: [.admin]) { _, f in ("/keys/\(f.keyToRevoke)", nil, nil) },
        Operation(method: .post, path: "/keys/{keyId}/rotate", roles: [.admin], success: [.created]) { _, f in
            ("/keys/\(f.keyToRotate)/rotate", "application/json", Data("{}".utf8))
        },
        Operation(method: .get, path: "/audit", roles: [.admin, .regulator], request: get("/audit")),
        Operation(method: .get, path: "/schedules", roles: [.regulator], request: get("/schedules")),
        Operation(
            method: .post,
            path: "/schedules",
            roles: [.regulator],
            success: [.created],
            request: json("/schedules", #"{"name":"matrix-new","cron":"0 2 * * *"}"#)
        ),
        Operation(method: .delete, path: "/schedules/{name}", roles: [.regulator], request: get("/schedules/matrix-nightly")),
        Operation(method: .get, path: "/jobs", roles: [.regulator], request: get("/jobs")),
        Operation(method: .get, path: "/jobs/{jobId}", roles: [.regulator]) { _, f in ("/jobs/\(f.job)", nil, nil) },
        Operation(method: .get, path: "/cables", roles: readers, request: get("/cables?country=US")),
        Operation(method: .get, path: "/landing-points", roles: readers, request: get("/landing-points?country=US")),
        Operation(method: .post, path: "/datasets/cable-circuits", roles: [.regulator, .att, .comcast], success: created) { role, _ in
            (
                "/datasets/cable-circuits?file_name=\(marker(role)).csv", "text/csv",
                Data("carrier,cable,end_a,end_b,start,end\n\(party(role)),\(marker(role).lowercased()),US,JP,2019-01-01,\n".utf8)
            )
        },
        Operation(method: .post, path: "/datasets/equipment", roles: [.regulator, .att, .comcast], success: created) { role, _ in
            (
                "/datasets/equipment?file_name=\(marker(role)).csv", "text/csv",
                Data(
                    "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\n\(party(role)),\(marker(role)) site,control,core,nokia,Core,2019-06-01,,\n"
                        .utf8
                )
            )
        },
        Operation(method: .get, path: "/paths/check", roles: readers) { role, _ in
            ("/paths/check?from=\(party(role))&to=%2B447300123456&as_of=2024-01-01", nil, nil)
        },
    ]

    @Test func everyOperationAnswersEveryRoleAsItShouldAndNoTelcoSeesTheOther() async throws {
        // The CAIDA fixture (130 KB) is larger than the harness's usual upload limit.
        try await APITestHarness.run(settings: ["upload.maxBytes": .init(.int(1 << 20), isSecret: false)]) { api in
            let spec = String(buffer: try await api.request("/openapi.yaml", key: nil).body)
            let served = OperationCoverageTests.operations(in: spec).map { "\($0.0.rawValue) \($0.1)" }
            #expect(Set(served) == Set(Self.operations.map { "\($0.method.rawValue) \($0.path)" }), "the matrix covers exactly the served spec")
            #expect(served.count == Self.operations.count)

            let fixture = try await Self.prepare(api)
            let keys: [Role: String] = [
                .none: "", .revoked: fixture.revokedKey, .att: api.att, .comcast: api.comcast, .admin: api.admin, .regulator: api.regulator,
            ]
            let prefixes = keys.compactMapValues { APIKeySecret(parsing: $0)?.prefix }
            // What each telco must never see: the other's marker, entity id and key prefix, and the regulator's prefix.
            let forbidden: [Role: [String]] = [
                .att: [Self.marker(.comcast), "comcast", prefixes[.comcast]!, prefixes[.regulator]!],
                .comcast: [Self.marker(.att), "\"att\"", ",att,", prefixes[.att]!, prefixes[.regulator]!],
            ]
            var checked = 0
            for operation in Self.operations {
                for role in Role.allCases {
                    let (uri, type, body) = operation.request(role, fixture)
                    let response = try await api.request(uri, operation.method, key: role == .none ? nil : keys[role], contentType: type, body: body)
                    let text = String(buffer: response.body)
                    let expected = Self.expected(operation, role)
                    #expect(expected.contains(response.status), "\(role) \(operation.method) \(uri): \(response.status) \(text.prefix(300))")
                    #expect(response.status.code < 500)
                    if response.status.code >= 400 { #expect(response.headers[.contentType] == "application/problem+json", "\(role) \(uri)") }
                    // What the caller named itself (e.g. the id in `GET /entities/comcast`) may come back in a 404's detail.
                    let named = (forbidden[role] ?? []).filter { uri.contains($0.trimmingCharacters(in: CharacterSet(charactersIn: "\","))) }
                    for secret in forbidden[role] ?? [] where !named.contains(secret) {
                        #expect(!text.contains(secret), "\(role) \(operation.method) \(uri) shows '\(secret)'")
                    }
                    checked += 1
                }
            }
            #expect(checked == Self.operations.count * Role.allCases.count)
        }
    }

    /// The statuses `role` may get from `operation`.
    static func expected(_ operation: Operation, _ role: Role) -> Set<HTTPResponse.Status> {
        if operation.path == "/health" { return [.ok] }
        if role == .none || role == .revoked { return [.unauthorized] }
        guard operation.roles.contains(role) else { return [.forbidden] }
        if let exception = operation.exceptions[role] { return [exception] }
        return operation.success
    }

    /// Makes what the operations refer to: a revoked key, keys to revoke and rotate, the telcos' uploads (with their
    /// markers), a schedule to delete, a job, and an evaluation of it all.
    static func prepare(_ api: APITestHarness) async throws -> Fixture {
        let logger = TestDatabase.logger
        let keys = APIKeyRepository(client: api.database)
        let revoked = try await keys.create(role: .regulator, tenant: nil, entities: [], label: "revoked", logger: logger)
        _ = try await keys.revoke(id: revoked.0.id, logger: logger)
        let toRevoke = try await keys.create(role: .regulator, tenant: nil, entities: [], label: "to revoke", logger: logger).0.id
        let toRotate = try await keys.create(role: .telco, tenant: "att", entities: ["att"], label: "to rotate", logger: logger).0.id
        var comcastDataset = 0
        for role in [Role.att, .comcast] {
            let key = role == .att ? api.att : api.comcast
            let csv = Self.interconnectsHeader + "\(Self.party(role)),AS4134,ip-peering,\(Self.marker(role)) IX,Ashburn,US,2019-01-01,\n"
            let upload = try await api.request(
                "/datasets/interconnects?file_name=\(Self.marker(role))-first.csv",
                .post,
                key: key,
                contentType: "text/csv",
                body: Data(csv.utf8)
            )
            #expect(upload.status == .created)
            if role == .comcast { comcastDataset = try #require(try APITestHarness.json(upload)["datasetId"] as? Int) }
        }
        _ = try await ScheduleRepository(client: api.database).add(
            name: "matrix-nightly",
            cron: try CronExpression("0 3 * * *"),
            timeZone: "UTC",
            asOf: .today,
            now: Date(),
            logger: logger
        )
        let job = try #require(
            try await JobQueue(client: api.database).enqueue(
                kind: EvaluationJobPayload.kind,
                payload: EvaluationJobPayload(asOf: Day(iso: "2024-01-01")!, trigger: "matrix"),
                logger: logger
            )
        )
        let evaluation = try await EvaluationService(client: api.database).evaluate(asOf: Day(iso: "2024-01-01")!, trigger: "matrix", logger: logger)
            .id
        let findings = try await api.allFindings("evaluation=\(evaluation)", key: api.regulator)
        let comcastFinding = try #require(
            findings.first { ($0["subject"] as? [String: Any])?["ref"] as? String == "comcast" }?["fingerprint"] as? String
        )
        return Fixture(
            comcastDataset: comcastDataset,
            comcastFinding: comcastFinding,
            revokedKey: revoked.1.text,
            keyToRevoke: Int(toRevoke),
            keyToRotate: Int(toRotate),
            job: Int(job),
            evaluation: Int(evaluation)
        )
    }
}
