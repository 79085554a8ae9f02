public import Logging
public import PostgresNIO

/// Applies the numbered SQL migrations in order, each in its own transaction, under an advisory lock.
///
/// Applied migrations are recorded by name and checksum in `schema_migrations`; the migrator refuses to run when
/// an applied file has changed since, or when the database holds a migration this binary does not know.
public struct Migrator: Sendable {
    /// Why migrating was refused.
    public enum Refusal: Error, CustomStringConvertible {
        case changed(name: String, applied: String, now: String)
        case unknown(name: String)

        public var description: String {
            switch self {
            case .changed(let name, let applied, let now):
                "migration \(name) was changed after it was applied (checksum \(applied.prefix(12)) applied, \(now.prefix(12)) now): "
                    + "add a new migration instead of editing an applied one"
            case .unknown(let name):
                "the database has migration \(name), which this build does not know: it is newer than this build"
            }
        }
    }

    /// The migrations, in the order they apply.
    public let migrations: [Migration]

    /// A key for `pg_advisory_lock` that only this runner uses.
    static let lockKey: Int64 = 0x436C_6561_6E43_6172  // "CleanCar"

    public init(migrations: [Migration]) {
        self.migrations = migrations.sorted { $0.name < $1.name }
    }

    /// The migrations embedded in this build.
    public static func bundled() throws -> Migrator { Migrator(migrations: try Migration.bundled()) }

    /// Applies every pending migration.
    /// - Returns: the names applied now (empty when the schema was current).
    @discardableResult
    public func apply(client: PostgresClient, logger: Logger) async throws -> [String] {
        try await client.withConnection { connection in
            try await connection.withAdvisoryLock(Self.lockKey, logger: logger) {
                try await self.applyLocked(connection: connection, logger: logger)
            }
        }
    }

    private func applyLocked(connection: PostgresConnection, logger: Logger) async throws -> [String] {
        try await connection.query(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())
            """,
            logger: logger
        )
        var done: [String: String] = [:]
        for try await (name, checksum) in try await connection.query("SELECT name, checksum FROM schema_migrations", logger: logger)
            .decode((String, String).self)
        {
            done[name] = checksum
        }
        let known = Dictionary(uniqueKeysWithValues: self.migrations.map { ($0.name, $0) })
        for (name, checksum) in done.sorted(by: { $0.key < $1.key }) {
            guard let migration = known[name] else { throw Refusal.unknown(name: name) }
            guard migration.checksum == checksum else { throw Refusal.changed(name: name, applied: checksum, now: migration.checksum) }
        }
        var applied: [String] = []
        for migration in self.migrations where done[migration.name] == nil {
            try await connection.withTransaction(logger: logger) { transaction in
                for statement in migration.statements {
                    try await transaction.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await transaction.query(
                    "INSERT INTO schema_migrations (name, checksum) VALUES (\(migration.name), \(migration.checksum))",
                    logger: logger
                )
            }
            logger.info("Applied migration", metadata: ["migration.name": "\(migration.name)"])
            applied.append(migration.name)
        }
        return applied
    }
}
