import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// A stored value this build cannot read (written by another build, or edited by hand) fails the read loudly: no row
/// is skipped and no default takes its place, so an evaluation never runs on less than the store holds.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct UnreadableRowTests {
    static let logger = TestDatabase.logger

    /// The fixtures and the equipment inventory, imported; the inventory's dataset id.
    static func importInventory(client: PostgresClient) async throws -> Int64 {
        try await StoreFixtures.importAll(client: client)
        let outcome = try await EquipmentImportTests.importInventory(try EquipmentImportTests.fixture(), client: client)
        try #require(outcome.status == .imported)
        return outcome.datasetID
    }

    static func loadEquipment(client: PostgresClient) async throws -> Snapshot {
        try await SnapshotLoader(client: client).load(asOf: EvaluationRepositoryTests.day, kinds: [.equipment], logger: Self.logger)
    }

    @Test func anEquipmentRowNamingNoNetworkFailsTheSnapshot() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let dataset = try await Self.importInventory(client: client)
            #expect(try await Self.loadEquipment(client: client).equipment.count == 12)
            try await client.query(
                "UPDATE equipment SET network = 'not a network!' WHERE dataset_id = \(dataset) AND line = (SELECT min(line) FROM equipment WHERE dataset_id = \(dataset))",
                logger: Self.logger
            )
            await #expect(throws: UnreadableStoredValue(table: "equipment", column: "network", value: "not a network!")) {
                _ = try await Self.loadEquipment(client: client)
            }
        }
    }

    @Test func anEquipmentKindThisBuildDoesNotKnowFailsTheSnapshot() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let dataset = try await Self.importInventory(client: client)
            try await client.query(
                "UPDATE equipment SET kind = 'quantum' WHERE dataset_id = \(dataset) AND line = (SELECT min(line) FROM equipment WHERE dataset_id = \(dataset))",
                logger: Self.logger
            )
            await #expect(throws: PostgresDecodingError.self) { _ = try await Self.loadEquipment(client: client) }
        }
    }

    @Test func aDatasetWhoseErrorsAreNotLineErrorsFailsTheListing() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let dataset = try await Self.importInventory(client: client)
            let repository = DatasetRepository(client: client)
            let record = try #require(try await repository.dataset(id: dataset, tenant: nil, logger: Self.logger))
            #expect(record.kind == .equipment && record.status == .active && record.errors.isEmpty)
            try await client.query("UPDATE datasets SET errors = '{\"not\": \"a list\"}' WHERE id = \(dataset)", logger: Self.logger)
            await #expect(throws: UnreadableStoredValue(table: "datasets", column: "errors", value: "{\"not\": \"a list\"}")) {
                _ = try await repository.dataset(id: dataset, tenant: nil, logger: Self.logger)
            }
        }
    }
}
