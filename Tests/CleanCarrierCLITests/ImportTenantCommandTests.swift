import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// `cleancarrier import --tenant`: a tenant named on the command line is created when missing, and refused for kinds
/// that are not uploaded per tenant.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ImportTenantCommandTests {
    @Test func aNewTenantIsCreatedOnceAndOwnsItsUpload() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            let database = url.connectionString
            let registry = try await DemoCommandTests.run(["import", "registry", "Fixtures/registry/registry.yaml"], databaseURL: database)
            #expect(registry.status == 0, "\(registry.stderr)")

            let first = try await DemoCommandTests.run(
                ["import", "voice-routes", "--tenant", "att-voice", "Fixtures/voice/routes.csv"],
                databaseURL: database
            )
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.contains("created tenant att-voice"))
            let again = try await DemoCommandTests.run(
                ["import", "voice-routes", "--tenant", "att-voice", "Fixtures/voice/routes.csv"],
                databaseURL: database
            )
            #expect(again.status == 0 && !again.stderr.contains("created tenant") && again.stderr.contains("unchanged"), "\(again.stderr)")

            let rows = try await client.query("SELECT tenant_id, status FROM datasets WHERE kind = 'voice-routes'")
            var owners: [String] = []
            for try await (tenant, status) in rows.decode((String?, String).self) { owners.append("\(tenant ?? "-") \(status)") }
            #expect(owners == ["att-voice active"])
        }
    }

    @Test func aTenantIsRefusedForKindsNotUploadedPerTenant() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            let run = try await DemoCommandTests.run(
                ["import", "as-rel", "--tenant", "att", "Fixtures/caida/prc-neighbourhood.as-rel.txt"],
                databaseURL: url.connectionString
            )
            #expect(run.status != 0)
            #expect(run.status == 64)
            #expect(run.stderr.contains("Error: a tenant applies to cable-circuits, equipment, interconnects, voice-routes only, not to as-rel"))
            let rows = try await client.query("SELECT count(*)::int FROM tenants")
            for try await count in rows.decode(Int.self) { #expect(count == 0) }
        }
    }
}
