import CleanCarrierStore
import Foundation
import Logging
import PostgresNIO

/// A fresh, migrated PostgreSQL database per test: on `DATABASE_URL`'s server when set, else on the embedded test
/// cluster in `.cleancarrier/test-postgres` (fsync off), started once per test process.
public enum TestDatabase {
    /// Whether storage tests can run here. They can when `DATABASE_URL` is set or the PostgreSQL server binaries are
    /// installed. Under `CI=true` this is always `true`, so a missing PostgreSQL fails the run instead of skipping it.
    public static let isAvailable: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if environment["CI"] == "true" || environment["DATABASE_URL"] != nil { return true }
        return (try? LocalPostgresLocator.binariesInstalled()) == true
    }()

    /// The repository's root folder.
    public static let repositoryRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A logger for tests: errors only, to standard error (rejected-input warnings are expected here).
    public static let logger: Logger = {
        var logger = Logger(label: "cleancarrier.tests") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .error
        return logger
    }()

    private static let server = ServerOnce()

    /// Creates an empty database, migrates it (unless `migrate` is false), runs `body` with a client connected to it,
    /// then drops it.
    public static func withFreshDatabase(
        migrate: Bool = true,
        _ body: @Sendable (_ client: PostgresClient, _ url: DatabaseURL) async throws -> Void
    ) async throws {
        let base = try await Self.server.url()
        let url = base.with(database: "cc_test_\(UUID().uuidString.prefix(8).lowercased())")
        try await DatabaseLocator.createDatabaseIfMissing(url, logger: Self.logger)
        do {
            try await Database.withClient(url, logger: Self.logger, migrate: migrate) { client in try await body(client, url) }
        } catch {
            try? await DatabaseLocator.dropDatabase(url, logger: Self.logger)
            throw error
        }
        try await DatabaseLocator.dropDatabase(url, logger: Self.logger)
    }

    /// Starts (or finds) the server once per process.
    private actor ServerOnce {
        private var task: Task<DatabaseURL, any Error>?

        func url() async throws -> DatabaseURL {
            if let task { return try await task.value }
            let task = Task { () throws -> DatabaseURL in
                let environment = ProcessInfo.processInfo.environment
                if let url = environment["DATABASE_URL"], !url.isEmpty { return try DatabaseURL(url) }
                let (cluster, _) = LocalPostgres.forProject(at: TestDatabase.repositoryRoot, name: "test-postgres", durable: false)
                let endpoint = try await cluster.start()
                return try DatabaseURL(endpoint.url() + "?host=\(endpoint.socketDirectory)")
            }
            self.task = task
            return try await task.value
        }
    }
}
