public import Logging
public import PostgresNIO

/// Runs a PostgreSQL client for the length of a piece of work: the pattern every one-shot command uses.
public enum Database {
    /// Connects to `url`, applies pending migrations (unless told not to), runs `body`, then shuts the client down.
    public static func withClient<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        migrate: Bool = true,
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            if migrate { try await Migrator.bundled().apply(client: client, logger: logger) }
            return try await body(client)
        }
    }
}
