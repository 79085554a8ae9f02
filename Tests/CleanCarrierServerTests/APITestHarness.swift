import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierServer
import CleanCarrierStore
import CleanCarrierTestSupport
import Configuration
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// A fresh database with the demo fixtures imported and evaluated, an app built on it as `cleancarrier serve` builds
/// it, and a key for each role: a regulator, an admin, and two telcos (AT&T bound to `att`, Comcast to `comcast`).
struct APITestHarness: Sendable {
    /// The upload limit the tests' app runs with.
    static let uploadLimit = 64 * 1024

    let database: PostgresClient
    let client: any TestClientProtocol
    let regulator: String
    let admin: String
    let att: String
    let comcast: String

    /// Runs `body` against a freshly seeded app, configured with `settings` on top of the tests' own; `live` serves it
    /// on a loopback port (set `http.port` to 0) instead of calling the router directly.
    static func run(
        settings: [String: ConfigValue] = [:],
        live: Bool = false,
        _ body: @Sendable (APITestHarness) async throws -> Void
    ) async throws {
        try await TestDatabase.withFreshDatabase { database, url in
            try await Self.seed(database)
            let keys = APIKeyRepository(client: database)
            let logger = TestDatabase.logger
            let regulator = try await keys.create(role: .regulator, tenant: nil, entities: [], label: "test", logger: logger).1.text
            let admin = try await keys.create(role: .admin, tenant: nil, entities: [], label: "test", logger: logger).1.text
            let att = try await keys.create(role: .telco, tenant: "att", entities: ["att"], label: nil, logger: logger).1.text
            let comcast = try await keys.create(role: .telco, tenant: "comcast", entities: ["comcast"], label: nil, logger: logger).1.text
            var values: [AbsoluteConfigKey: ConfigValue] = [
                "database.url": .init(.string(url.connectionString), isSecret: true), "log.level": "error",
                "upload.maxBytes": .init(.int(Self.uploadLimit), isSecret: false),
            ]
            for (key, value) in settings { values[AbsoluteConfigKey(key.split(separator: ".").map(String.init))] = value }
            let reader = ConfigReader(providers: [InMemoryProvider(values: values)])
            let app = try await buildApplication(reader: reader)
            try await app.test(live ? .live : .router) { client in
                try await body(
                    APITestHarness(database: database, client: client, regulator: regulator, admin: admin, att: att, comcast: comcast)
                )
            }
        }
    }

    /// Imports the demo fixtures and evaluates them as of 2024-01-01.
    static func seed(_ client: PostgresClient) async throws {
        let importer = DatasetImporter(client: client)
        let logger = TestDatabase.logger
        _ = try await importer.importRegistry(file: "registry.yaml", data: try Self.fixture("registry/registry.yaml"), logger: logger)
        _ = try await importer.importRIRDelegated(
            file: "delegated-extract.txt",
            data: try Self.fixture("registry/delegated-extract.txt"),
            logger: logger
        )
        _ = try await importer.importASRelationships(
            file: "prc-neighbourhood.as-rel.txt",
            data: try Self.fixture("caida/prc-neighbourhood.as-rel.txt"),
            logger: logger
        )
        _ = try await importer.importInterconnects(file: "declared.csv", data: try Self.fixture("interconnects/declared.csv"), logger: logger)
        _ = try await EvaluationService(client: client).evaluate(asOf: .init(iso: "2024-01-01")!, trigger: "test", logger: logger)
    }

    /// Runs every queued job (evaluations, webhook deliveries) as a worker would.
    /// - Returns: how many jobs ran.
    @discardableResult
    func runQueuedJobs() async -> Int {
        let worker = JobWorker(
            queue: JobQueue(client: self.database),
            handlers: [
                EvaluationJobHandler(service: EvaluationService(client: self.database)),
                WebhookDeliveryJobHandler(
                    client: self.database,
                    secrets: ServerTestSupport.webhookSecrets,
                    targets: ServerTestSupport.loopbackTargets
                ),
            ],
            logger: TestDatabase.logger
        )
        var count = 0
        while await worker.runNext() { count += 1 }
        return count
    }

    /// Queues an evaluation through `POST /evaluations` (202 and a `Location`), runs it as a worker would, and
    /// returns the stored evaluation as `GET /evaluations/{id}` shows it.
    func evaluate(asOf: String, key: String? = nil) async throws -> [String: Any] {
        let queued = try await self.request(
            "/evaluations",
            .post,
            key: key ?? self.regulator,
            contentType: "application/json",
            body: Data(#"{"asOf":"\#(asOf)"}"#.utf8)
        )
        try #require(queued.status == .accepted)
        let location = try #require(queued.headers[.location])
        await self.runQueuedJobs()
        let job = try Self.json(try await self.request(location, key: self.regulator))
        try #require(job["status"] as? String == "succeeded", "the evaluation job at \(location) did not succeed: \(job)")
        let id = try #require(job["evaluationId"] as? Int)
        return try Self.json(try await self.request("/evaluations/\(id)", key: self.regulator))
    }

    static func fixture(_ relative: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: TestDatabase.repositoryRoot + "/Fixtures/" + relative))
    }

    /// Sends a request with `key` as its bearer token.
    func request(
        _ uri: String,
        _ method: HTTPRequest.Method = .get,
        key: String?,
        contentType: String? = nil,
        body: Data? = nil
    ) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let key { headers[.authorization] = "Bearer \(key)" }
        if let contentType { headers[.contentType] = contentType }
        return try await self.client.execute(uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(bytes: $0) }) { $0 }
    }

    /// The JSON object of a response body.
    static func json(_ response: TestResponse) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any] ?? [:]
    }

    /// The `items` of a JSON page.
    static func items(_ response: TestResponse) throws -> [[String: Any]] {
        try Self.json(response)["items"] as? [[String: Any]] ?? []
    }

    /// Every finding `key` may see through `GET /findings?<query>`, following `next` page by page (at most 100 a page).
    func allFindings(_ query: String = "", key: String) async throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var uri = "/findings?limit=100" + (query.isEmpty ? "" : "&" + query)
        while true {
            let response = try await self.request(uri, key: key)
            guard response.status == .ok else { throw HTTPError(response.status, message: "\(uri): \(String(buffer: response.body))") }
            let page = try Self.json(response)
            items += page["items"] as? [[String: Any]] ?? []
            guard let next = page["next"] as? String else { return items }
            uri = "/findings?limit=100&cursor=\(next)" + (query.isEmpty ? "" : "&" + query)
        }
    }

    /// Every data table's row count and content hash (and the accepted datasets), to prove a refused request changed nothing.
    func tableState() async throws -> [String: String] {
        var state: [String: String] = [:]
        let tables = [
            "tenants", "entities", "entity_links", "identifiers", "designations", "asn_registrations", "as_names", "as_links", "interconnects",
            "observed_paths", "voice_routes", "number_ranges", "pdb_organizations", "pdb_networks", "pdb_places", "presence", "evaluations",
            "findings", "api_keys", "equipment",
        ]
        for table in tables {
            // A key's last use is bookkeeping that any authenticated request updates, not a change to the data.
            let row =
                table == "api_keys"
                ? "(t.id, t.prefix, t.sha256, t.role, t.tenant_id, t.entity_ids, t.label, t.created_at, t.revoked_at, t.expires_at)::text" : "t::text"
            let rows = try await self.database.query(
                "SELECT count(*)::text || ':' || coalesce(md5(string_agg(\(unescaped: row), '|' ORDER BY \(unescaped: row))), '') FROM \(unescaped: table) t",
                logger: TestDatabase.logger
            )
            for try await value in rows.decode(String.self) { state[table] = value }
        }
        let datasets = try await self.database.query(
            "SELECT coalesce(md5(string_agg(d::text, '|' ORDER BY d.id)), '') FROM datasets d WHERE status <> 'rejected'",
            logger: TestDatabase.logger
        )
        for try await value in datasets.decode(String.self) { state["datasets"] = value }
        return state
    }
}
