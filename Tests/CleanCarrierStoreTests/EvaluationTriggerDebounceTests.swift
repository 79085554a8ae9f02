import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// A burst of uploads queues one dataset-triggered evaluation: while one waits to start, new datasets add none.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EvaluationTriggerDebounceTests {
    static let header = "party_a,party_b,kind,facility,city,country,start,end\n"

    @Test func aBurstOfUploadsQueuesOneEvaluation() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let logger = TestDatabase.logger
            let importer = DatasetImporter(client: client)
            let triggers = EvaluationTriggers(client: client)
            let today = Day(iso: "2024-06-01")!
            _ = try await importer.importRegistry(file: "registry.yaml", data: try StoreFixtures.data("registry/registry.yaml"), logger: logger)
            #expect(try await triggers.enqueueDue(today: today, logger: logger).count == 1)
            try await client.query("INSERT INTO tenants (id, name) VALUES ('att', 'AT&T'), ('comcast', 'Comcast')", logger: logger)
            for (index, tenant) in ["att", "att", "comcast", "att"].enumerated() {
                let csv = Self.header + "\(tenant),AS4134,ip-peering,IX \(index),Ashburn,US,2020-01-01,\n"
                let outcome = try await importer.importInterconnects(file: "ic.csv", data: Data(csv.utf8), tenant: tenant, logger: logger)
                #expect(outcome.status == .imported)
                #expect(try await triggers.enqueueDue(today: today, logger: logger).isEmpty, "upload \(index)")
            }
            // Once the queued evaluation has started, the next change queues the next one.
            let queue = JobQueue(client: client)
            let job = try #require(try await queue.claim(owner: "test", logger: logger))
            #expect(job.kind == EvaluationJobPayload.kind)
            #expect(try await triggers.enqueueDue(today: today, logger: logger).count == 1)
        }
    }
}
