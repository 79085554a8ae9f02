import Foundation
import Logging
import PostgresNIO

/// Decides which PostgreSQL server to use: `DATABASE_URL` when set, else the embedded local cluster (started on demand).
public enum DatabaseLocator {
    /// The settings to connect with, starting the local cluster when no `DATABASE_URL` is set.
    /// - Parameters:
    ///   - projectDirectory: where the local cluster lives (`.cleancarrier/` inside it).
    ///   - environment: the process environment.
    ///   - logger: receives a notice when the local cluster falls back to a folder under `/tmp`.
    public static func resolve(
        projectDirectory: String = FileManager.default.currentDirectoryPath,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        logger: Logger
    ) async throws -> DatabaseURL {
        if let url = environment["DATABASE_URL"], !url.isEmpty { return try DatabaseURL(url) }
        let (cluster, fallback) = LocalPostgres.forProject(at: projectDirectory)
        if let fallback { logger.notice("Local PostgreSQL moved", metadata: ["reason": "\(fallback)"]) }
        let endpoint = try await cluster.start()
        let url = try DatabaseURL(endpoint.url() + "?host=\(endpoint.socketDirectory)")
        try await Self.createDatabaseIfMissing(url, logger: logger)
        return url
    }

    /// Creates `url.database` on its server when it does not exist yet (a race with another creator is harmless).
    public static func createDatabaseIfMissing(_ url: DatabaseURL, logger: Logger) async throws {
        try await withMaintenanceConnection(url, logger: logger) { connection in
            let rows = try await connection.query("SELECT 1 FROM pg_database WHERE datname = \(url.database)", logger: logger)
            for try await _ in rows { return }
            do {
                try await connection.query("CREATE DATABASE \(unescaped: Self.quoted(url.database))", logger: logger)
            } catch let error as PSQLError where error.serverInfo?[.sqlState] == "42P04" || error.serverInfo?[.sqlState] == "23505" {
                return  // created meanwhile by another process
            }
        }
    }

    /// Drops `url.database` (for test databases), ending its sessions first.
    public static func dropDatabase(_ url: DatabaseURL, logger: Logger) async throws {
        try await withMaintenanceConnection(url, logger: logger) { connection in
            try await connection.query("DROP DATABASE IF EXISTS \(unescaped: Self.quoted(url.database)) WITH (FORCE)", logger: logger)
        }
    }

    private static func withMaintenanceConnection(
        _ url: DatabaseURL,
        logger: Logger,
        _ body: (PostgresConnection) async throws -> Void
    ) async throws {
        let connection = try await PostgresConnection.connect(
            configuration: url.with(database: "postgres").connectionConfiguration(),
            id: 1,
            logger: logger
        )
        do {
            try await body(connection)
            try await connection.close()
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// `name` as a quoted SQL identifier.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
