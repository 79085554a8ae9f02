import CleanCarrierCore
import CleanCarrierServer
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Synchronization

/// A clock the tests move by hand.
final class ManualClock: Sendable {
    private let current: Mutex<Date>

    init(_ start: Date) { self.current = Mutex(start) }

    var now: Date { self.current.withLock { $0 } }

    func set(_ date: Date) { self.current.withLock { $0 = date } }
}

enum ServerTestSupport {
    static let logger = TestDatabase.logger
    /// The key webhook secrets are sealed with in the tests.
    static let webhookSecrets = WebhookSecretBox(base64: Data(repeating: 5, count: 32).base64EncodedString())
    /// The tests' receivers listen on loopback, which an operator must allow (`WEBHOOKS_ALLOW_PRIVATE_TARGETS`).
    static let loopbackTargets = WebhookTargetPolicy(allowPrivateTargets: true)

    /// The webhooks of `client`, with the tests' key and loopback receivers allowed.
    static func webhooks(_ client: PostgresClient) -> WebhookRepository {
        WebhookRepository(client: client, secrets: Self.webhookSecrets, targets: Self.loopbackTargets)
    }

    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    /// A registry of one US carrier and one foreign carrier, designated from `effective`, and a declared peering
    /// between them: the evaluation finds a CC-1 violation from `effective` on, and nothing before.
    static func importPeeringWithDesignation(effective: Day, client: PostgresClient) async throws {
        let registry = """
            entities:
              - {id: us-carrier, name: US Carrier Inc., country: US}
              - {id: far-carrier, name: Far Carrier Ltd., country: XX}
            designations:
              - {id: order-1, entity: far-carrier, instrument: regulator-defined, effective: \(effective), extends_to_affiliates: false,
                 citation: "Test order"}
            """
        let importer = DatasetImporter(client: client)
        _ = try await importer.importRegistry(file: "registry.yaml", data: Data(registry.utf8), logger: Self.logger)
        let csv = "party_a,party_b,kind,facility,city,country,start,end\nus-carrier,far-carrier,ip-peering,Test IX,Ashburn,US,2020-01-01,\n"
        _ = try await importer.importInterconnects(file: "declared.csv", data: Data(csv.utf8), logger: Self.logger)
    }

    /// Runs queued jobs through `worker` until none is ready.
    /// - Returns: how many ran.
    @discardableResult
    static func drain(_ worker: JobWorker) async -> Int {
        var count = 0
        while await worker.runNext() { count += 1 }
        return count
    }

    /// The evaluations, oldest first: trigger, as-of date and the counterparts of their findings.
    static func evaluations(client: PostgresClient) async throws -> [(trigger: String, asOf: String, counterparts: [String])] {
        var result: [(String, String, [String])] = []
        for try await row in try await client.query(
            """
            SELECT e.trigger, e.as_of::text, coalesce(array_agg(f.counterpart ORDER BY f.counterpart) FILTER (WHERE f.counterpart IS NOT NULL), '{}')
            FROM evaluations e LEFT JOIN findings f ON f.evaluation_id = e.id GROUP BY e.id ORDER BY e.id
            """,
            logger: Self.logger
        ).decode((String, String, [String]).self) {
            result.append(row)
        }
        return result
    }
}
