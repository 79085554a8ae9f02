import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A worker outlives a PostgreSQL restart. The test creates, restarts and removes a private cluster of its own, never a
/// shared one.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct DatabaseRestartTests {
    static let logger = TestDatabase.logger

    @Test func aWorkerCompletesJobsAfterTheServerRestartsUnderIt() async throws {
        try CLIBinary.requireFresh()
        try #require(try LocalPostgresLocator.binariesInstalled(), "needs the PostgreSQL server binaries (apt-get install -y postgresql)")
        let base = "/tmp/cc-restart-\(UUID().uuidString.prefix(8).lowercased())"
        let cluster = LocalPostgres(baseDirectory: base, durable: false)
        defer { try? FileManager.default.removeItem(atPath: base) }
        let endpoint = try await cluster.start()
        do {
            let url = try DatabaseURL(endpoint.url() + "?host=\(endpoint.socketDirectory)")
            try await DatabaseLocator.createDatabaseIfMissing(url, logger: Self.logger)
            try await Database.withClient(url, logger: Self.logger) { client in
                try await Self.restartDuringAJob(cluster: cluster, client: client, url: url)
            }
        } catch {
            _ = try? await cluster.stop()
            throw error
        }
        _ = try await cluster.stop()
    }

    /// The worker finishes one job, the server restarts under it, and the next job (announced on the new server) is
    /// completed over new connections: the pool reconnects and the LISTEN connection is re-established.
    private static func restartDuringAJob(cluster: LocalPostgres, client: PostgresClient, url: DatabaseURL) async throws {
        try await WorkerTestSupport.importFixtures(client: client)
        let worker = try await WorkerProcess(name: "survivor", databaseURL: url.connectionString, arguments: WorkerProcessTests.fast)
        try await WorkerTestSupport.enqueueEvaluations(1, client: client)
        #expect(
            try await WorkerTestSupport.wait(timeout: .seconds(60)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client) == 1
            }
        )
        let restart = ContinuousClock.now
        #expect(try await cluster.stop())
        try await cluster.start()
        #expect(try await WorkerTestSupport.wait(timeout: .seconds(30)) { worker.log.contains("Listening for jobs failed; retrying") })
        #expect(
            try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                (try? await WorkerTestSupport.enqueueEvaluations(1, client: client)) != nil
            }
        )
        let finished = try await WorkerTestSupport.wait(timeout: .seconds(60)) {
            (try? await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client)) == 2
        }
        #expect(finished, "\(worker.log)")
        print("database restart: the next job completed \(ContinuousClock.now - restart) after the restart began")
        #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations WHERE finding_count > 50", client: client) == 2)
        #expect(worker.isRunning, "the worker survives the restart")
        worker.send(SIGTERM)
        #expect(try await worker.waitForExit() == 0, "\(worker.log)")
    }
}
