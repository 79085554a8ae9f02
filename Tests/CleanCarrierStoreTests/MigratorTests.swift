import CleanCarrierStore
import CleanCarrierTestSupport
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct MigratorTests {
    @Test func bundledMigrationsApplyOnceAndCreateTheCoreTables() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let again = try await Migrator.bundled().apply(client: client, logger: TestDatabase.logger)
            #expect(again.isEmpty)
            var tables: Set<String> = []
            for try await name in try await client.query(
                "SELECT table_name::text FROM information_schema.tables WHERE table_schema = 'public'",
                logger: TestDatabase.logger
            ).decode(String.self) {
                tables.insert(name)
            }
            for table in [
                "datasets", "entities", "identifiers", "designations", "as_links", "interconnects", "evaluations", "findings", "schema_migrations",
            ] {
                #expect(tables.contains(table), "missing table \(table)")
            }
        }
    }

    @Test func refusesWhenAnAppliedMigrationChanged() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            var migrations = try Migrator.bundled().migrations
            migrations[0] = Migration(name: migrations[0].name, sql: "SELECT 1;")
            await #expect(throws: Migrator.Refusal.self) {
                try await Migrator(migrations: migrations).apply(client: client, logger: TestDatabase.logger)
            }
        }
    }

    @Test func refusesWhenTheDatabaseIsNewerThanTheBuild() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await client.query("INSERT INTO schema_migrations (name, checksum) VALUES ('9999_future.sql', 'x')", logger: TestDatabase.logger)
            await #expect(throws: Migrator.Refusal.self) { try await Migrator.bundled().apply(client: client, logger: TestDatabase.logger) }
        }
    }

    @Test func concurrentMigratorsApplyEachFileOnce() async throws {
        try await TestDatabase.withFreshDatabase { client, url in
            try await client.query("DROP SCHEMA public CASCADE", logger: TestDatabase.logger)
            try await client.query("CREATE SCHEMA public", logger: TestDatabase.logger)
            let applied = try await withThrowingTaskGroup(of: [String].self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        try await Database.withClient(url, logger: TestDatabase.logger, migrate: false) {
                            try await Migrator.bundled().apply(client: $0, logger: TestDatabase.logger)
                        }
                    }
                }
                return try await group.reduce(into: []) { $0 += $1 }
            }
            #expect(applied.sorted() == (try Migrator.bundled().migrations.map(\.name)))
        }
    }
}
