import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// A database at every earlier schema version, holding data written at that version, upgrades to the latest and
/// keeps every row it had, column for column; and the latest code reads the old rows.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct MigrationUpgradeTests {
    static let logger = TestDatabase.logger

    /// Rows written right after each migration, in that version's schema (a migration not listed writes none).
    static let seeds: [String: [String]] = [
        "0001_init.sql": [
            "INSERT INTO tenants (id, name) VALUES ('acme', 'Acme Telecom')",
            """
            INSERT INTO datasets (id, kind, format, tenant_id, file_name, sha256, rows, as_of, status) VALUES
            (9001, 'registry', 'registry-yaml', NULL, 'registry.yaml', 'aa', 3, '2024-01-01', 'active'),
            (9002, 'interconnects', 'interconnects-csv', 'acme', 'acme.csv', 'bb', 1, NULL, 'active'),
            (9003, 'as-rel', 'caida-as-rel', NULL, 'rel.txt', 'cc', 1, NULL, 'active')
            """,
            """
            INSERT INTO datasets (id, kind, format, tenant_id, file_name, sha256, status, errors) VALUES
            (9004, 'interconnects', 'interconnects-csv', 'acme', 'bad.csv', 'dd', 'rejected',
             '[{"file": "bad.csv", "line": 2, "field": "start", "message": "not a date"}, {"file": "bad.csv", "line": 3, "message": "short"}]')
            """,
            "INSERT INTO entities (dataset_id, id, name, country, kind, line) VALUES (9001, 'acme-carrier', 'Acme', 'US', 'carrier', 2), (9001, 'far', 'Far', 'CN', 'carrier', 3)",
            "INSERT INTO entity_links (dataset_id, owner_id, owned_id, share, control, source, line) VALUES (9001, 'far', 'acme-carrier', 10, false, 'filing', 4)",
            "INSERT INTO identifiers (dataset_id, kind, value, holder_id, source, confidence, line) VALUES (9001, 'asn', '64500', 'acme-carrier', 'ARIN', 'registry', 5)",
            """
            INSERT INTO designations (dataset_id, id, entity_id, instrument, effective, citation, extends_to_affiliates, line)
            VALUES (9001, 'order-1', 'far', 'regulator-defined', '2020-01-01', 'Order 1', true, 6)
            """,
            "INSERT INTO asn_registrations (dataset_id, asn, rir, country, status, holder_id, line) VALUES (9001, 64500, 'arin', 'US', 'assigned', 'h1', 7)",
            "INSERT INTO as_links (dataset_id, a, b, rel, source, line) VALUES (9003, 64500, 64501, -1, 'bgp', 1)",
            "INSERT INTO interconnects (dataset_id, party_a, party_b, kind, facility, started, line) VALUES (9002, 'acme-carrier', 'far', 'ip-peering', 'IX', '2020-01-01', 2)",
            """
            INSERT INTO evaluations (id, as_of, registry_version, dataset_ids, trigger, finished_at, status, finding_count)
            VALUES (9001, '2024-01-01', 9001, '{9001,9002,9003}', 'cli', now(), 'succeeded', 1)
            """,
            """
            INSERT INTO findings (evaluation_id, fingerprint, rule, severity, subject, counterpart, summary, finding, first_seen, status)
            VALUES (9001, 'fp1', 'CC-1', 'violation', 'acme-carrier', 'far', 'Acme peers with Far', '{"b": [1, 2], "a": "x"}', 9001, 'new')
            """,
        ],
        "0002_presence.sql": [
            "INSERT INTO datasets (id, kind, format, file_name, sha256, rows, status) VALUES (9005, 'peeringdb', 'peeringdb-json', 'pdb.json', 'ee', 4, 'active')",
            "INSERT INTO pdb_organizations (dataset_id, id, name, country, object) VALUES (9005, 1, 'Org', 'US', 'org[0]')",
            "INSERT INTO pdb_networks (dataset_id, id, org_id, asn, name, object) VALUES (9005, 2, 1, 64500, 'Net', 'net[0]')",
            "INSERT INTO pdb_places (dataset_id, kind, id, org_id, name, city, country, object) VALUES (9005, 'ix', 3, 1, 'IX', 'Ashburn', 'US', 'ix[0]')",
            """
            INSERT INTO presence (dataset_id, record_type, record_id, net_id, asn, place_kind, place_id, place_name, object)
            VALUES (9005, 'netixlan', 4, 2, 64500, 'ix', 3, 'IX', 'netixlan[0]')
            """,
        ],
        "0003_api.sql": [
            "INSERT INTO api_keys (id, prefix, sha256, role, label) VALUES (9001, 'oldkey01', 'ff', 'admin', 'old admin')",
            "INSERT INTO api_keys (id, prefix, sha256, role, tenant_id, entity_ids) VALUES (9002, 'oldkey02', 'ff', 'telco', 'acme', '{acme-carrier}')",
            "INSERT INTO audit_log (actor, role, action, target, details) VALUES ('oldkey01', 'admin', 'key.create', 'key:9002', '{\"role\": \"telco\"}')",
        ],
        "0004_as_names.sql": [
            "INSERT INTO datasets (id, kind, format, file_name, sha256, rows, status) VALUES (9006, 'as-names', 'potaroo-asnames', 'names.txt', 'gg', 1, 'active')",
            "INSERT INTO as_names (dataset_id, asn, name, country, line) VALUES (9006, 64500, 'ACME-AS', 'US', 1)",
        ],
        "0005_voice.sql": [
            "INSERT INTO datasets (id, kind, format, tenant_id, file_name, sha256, rows, status) VALUES (9007, 'voice-routes', 'voice-routes-csv', 'acme', 'r.csv', 'hh', 1, 'active')",
            "INSERT INTO voice_routes (dataset_id, carrier, prefix, next_hop, priority, weight, valid_from, line) VALUES (9007, 'acme-carrier', '86', 'far', 1, 100, '2019-01-01', 2)",
            "INSERT INTO datasets (id, kind, format, file_name, sha256, rows, status) VALUES (9008, 'number-ranges', 'operator-csv', 'n.csv', 'ii', 1, 'active')",
            "INSERT INTO number_ranges (dataset_id, prefix, country_code, entity, carrier, line) VALUES (9008, '8613', 86, 'far', 'Far Mobile', 2)",
        ],
        "0006_jobs.sql": [
            "INSERT INTO jobs (id, kind, payload, status, attempts, dedupe_key) VALUES (9001, 'evaluate', '{\"trigger\": \"cli\"}', 'succeeded', 1, 'old-job')",
            "INSERT INTO job_attempts (job_id, attempt, worker, finished_at, outcome) VALUES (9001, 1, 'old-worker', now(), 'succeeded')",
            "INSERT INTO schedules (name, cron, time_zone, next_run) VALUES ('nightly', '0 2 * * *', 'UTC', '2030-01-01T02:00:00Z')",
            "INSERT INTO webhooks (id, url, secret) VALUES (9001, 'https://example.org/hook', 'a-plain-secret-from-before')",
            "INSERT INTO webhook_deliveries (webhook_id, evaluation_id, event, body, status) VALUES (9001, 9001, 'compliance.status-changed', '{}', 'delivered')",
        ],
        "0007_observed_paths.sql": [
            "INSERT INTO datasets (id, kind, format, file_name, sha256, rows, status) VALUES (9009, 'observed-paths', 'bgpdump-m', 'ris.txt', 'jj', 1, 'active')",
            "INSERT INTO observed_paths (dataset_id, line, prefix, path, ends_in_set) VALUES (9009, 1, '1.0.0.0/8', '{64501,64500}', false)",
        ],
        "0008_voice_time_windows.sql": [
            "INSERT INTO voice_routes (dataset_id, carrier, prefix, next_hop, priority, weight, line, time_window) VALUES (9007, 'acme-carrier', '852', 'far', 2, 1, 3, 'Mon-Fri 09:00-17:00 UTC')"
        ],
    ]

    @Test func everyEarlierVersionWithDataUpgradesToTheLatestAndKeepsIt() async throws {
        let migrations = try Migrator.bundled().migrations
        #expect(migrations.count >= 11)
        #expect(Set(Self.seeds.keys).isSubset(of: Set(migrations.map(\.name))))
        for version in 1..<migrations.count {
            try await TestDatabase.withFreshDatabase(migrate: false) { client, _ in
                for (index, migration) in migrations.prefix(version).enumerated() {
                    // Applies just this one: the earlier ones are recorded already.
                    try await Migrator(migrations: Array(migrations.prefix(index + 1))).apply(client: client, logger: Self.logger)
                    for statement in Self.seeds[migration.name] ?? [] {
                        try await client.query(PostgresQuery(unsafeSQL: statement), logger: Self.logger)
                    }
                }
                let before = try await Self.contents(client, tables: nil)
                #expect(before.values.contains { $0.rows > 0 }, "version \(version) holds data")
                let applied = try await Migrator(migrations: migrations).apply(client: client, logger: Self.logger)
                #expect(applied == migrations.dropFirst(version).map(\.name), "from \(migrations[version - 1].name)")
                let after = try await Self.contents(client, tables: before)
                for (table, content) in before {
                    #expect(after[table] == content, "\(table) changed upgrading from \(migrations[version - 1].name)")
                }
                try await Self.latestCodeReadsTheOldRows(client, version: migrations[version - 1].name)
            }
        }
    }

    /// The latest repositories read what the older schema held.
    static func latestCodeReadsTheOldRows(_ client: PostgresClient, version: String) async throws {
        let datasets = try await DatasetRepository(client: client).page(
            .init(tenant: nil, kind: nil, status: nil),
            limit: 100,
            before: nil,
            logger: logger
        )
        #expect(datasets.contains { $0.id == 9002 && $0.tenant == "acme" }, "\(version)")
        let rejected = try #require(datasets.first { $0.id == 9004 })
        #expect(rejected.errors.count == 2 && rejected.errorCount == 2, "the error count is filled in for old rejected uploads")
        if version >= "0003" {
            let keys = try await APIKeyRepository(client: client).list(logger: logger)
            #expect(keys.contains { $0.prefix == "oldkey02" && $0.tenant == "acme" && $0.expiresAt == nil })
            #expect(try await AuditLog(client: client).page(limit: 10, before: nil, logger: logger).contains { $0.target == "key:9002" })
        }
        if version >= "0006" {
            let secrets = WebhookSecretBox(base64: Data(repeating: 3, count: 32).base64EncodedString())
            let repository = WebhookRepository(client: client, secrets: secrets)
            let delivery = try #require(try await repository.deliveries(logger: logger).first)
            #expect(try repository.secret(of: delivery) == "a-plain-secret-from-before", "a secret stored before sealing still signs")
        }
    }

    /// A table's rows over a set of columns: how many, and a hash of them all.
    struct TableContent: Equatable {
        var columns: [String]
        var rows: Int
        var hash: String
    }

    /// Each table's content over its columns now, or, given `tables`, over the columns recorded there.
    static func contents(_ client: PostgresClient, tables earlier: [String: TableContent]?) async throws -> [String: TableContent] {
        var columns: [String: [String]] = [:]
        for try await (table, column) in try await client.query(
            """
            SELECT table_name::text, column_name::text FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY table_name, ordinal_position
            """,
            logger: logger
        ).decode((String, String).self) {
            columns[table, default: []].append(column)
        }
        if let earlier { columns = earlier.mapValues(\.columns) }
        var contents: [String: TableContent] = [:]
        for (table, list) in columns {
            let row = "row(" + list.map { "\"\($0)\"::text" }.joined(separator: ", ") + ")::text"
            let query = "SELECT count(*)::int, coalesce(md5(string_agg(\(row), '|' ORDER BY \(row))), '') FROM \"\(table)\""
            for try await (count, hash) in try await client.query(PostgresQuery(unsafeSQL: query), logger: logger).decode((Int, String).self) {
                contents[table] = TableContent(columns: list, rows: count, hash: hash)
            }
        }
        return contents
    }
}
