public import Logging
public import PostgresNIO

extension PostgresConnection {
    /// Runs `body` holding the session-level advisory lock `key` on this connection, waiting for it as long as another
    /// session holds it; the lock is released when `body` returns or throws. The one way this project serialises
    /// work across processes (migrations, registry edits).
    public func withAdvisoryLock<Result>(
        _ key: Int64,
        logger: Logger,
        _ body: () async throws -> Result
    ) async throws -> Result {
        try await self.query("SELECT pg_advisory_lock(\(key))", logger: logger)
        do {
            let result = try await body()
            try await self.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            return result
        } catch {
            _ = try? await self.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
            throw error
        }
    }

    /// Takes the session-level advisory lock `key` if no other session holds it, and keeps it until it is released
    /// (`releaseAdvisoryLock`) or the connection closes.
    /// - Returns: whether this connection now holds the lock.
    public func tryAdvisoryLock(_ key: Int64, logger: Logger) async throws -> Bool {
        for try await locked in try await self.query("SELECT pg_try_advisory_lock(\(key))", logger: logger).decode(Bool.self) { return locked }
        throw NoRowReturned(statement: "SELECT pg_try_advisory_lock")
    }

    /// Releases the session-level advisory lock `key` taken by `tryAdvisoryLock`.
    public func releaseAdvisoryLock(_ key: Int64, logger: Logger) async throws {
        try await self.query("SELECT pg_advisory_unlock(\(key))", logger: logger)
    }
}
