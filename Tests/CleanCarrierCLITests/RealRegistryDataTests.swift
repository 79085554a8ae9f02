import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The real registry sources of `../shared/data/registry` through `cleancarrier import`, checked in SQL against the
/// counts of the data README. A fresh clone has no shared data, so the suite is skipped there (and says why);
/// wherever the data is present it runs, CI included.
@Suite(
    .enabled(
        if: SharedData.rirDelegatedFiles != nil && SharedData.asNamesFile != nil,
        "needs the real data in ../shared/data/registry (or $CLEANCARRIER_SHARED/data/registry); a fresh clone has none"
    ),
    .enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL")
)
struct RealRegistryDataTests {
    static func count(_ sql: PostgresQuery, _ client: PostgresClient) async throws -> Int {
        for try await value in try await client.query(sql, logger: TestDatabase.logger).decode(Int.self) { return value }
        return -1
    }

    @Test func theFiveRIRFilesAndTheNamesListImportWithTheDataREADMECounts() async throws {
        let files = try #require(SharedData.rirDelegatedFiles)
        let names = try #require(SharedData.asNamesFile)
        try await TestDatabase.withFreshDatabase { client, url in
            let rir = try await RegistryCommandTests.run(["import", "rir"] + files, url)
            #expect(rir.status == 0, "\(rir.stderr)")
            #expect(
                rir.stdout.hasPrefix(
                    "RIR registrations: 78812 ASNs in 5 datasets (afrinic, apnic, arin, lacnic, ripencc); US 24883, CN 1315, HK 758;"
                )
            )
            let list = try await RegistryCommandTests.run(["import", "as-names", names], url)
            #expect(list.status == 0, "\(list.stderr)")
            #expect(list.stdout.contains("AS names: 79546;"))
            print("real registry data:\n\(rir.stderr)\(rir.stdout)\(list.stderr)\(list.stdout)")

            let active = "JOIN datasets d ON d.id = t.dataset_id AND d.status = 'active'"
            #expect(try await Self.count("SELECT count(*)::int FROM asn_registrations t \(unescaped: active)", client) == 78812)
            #expect(try await Self.count("SELECT count(DISTINCT asn)::int FROM asn_registrations t \(unescaped: active)", client) == 78812)
            #expect(
                try await Self.count("SELECT count(DISTINCT asn)::int FROM asn_registrations t \(unescaped: active) WHERE country = 'US'", client)
                    == 24883
            )
            #expect(
                try await Self.count("SELECT count(DISTINCT asn)::int FROM asn_registrations t \(unescaped: active) WHERE country = 'CN'", client)
                    == 1315
            )
            #expect(
                try await Self.count("SELECT count(DISTINCT scope)::int FROM datasets WHERE kind = 'rir-delegated' AND status = 'active'", client)
                    == 5
            )
            #expect(try await Self.count("SELECT count(*)::int FROM as_names t \(unescaped: active)", client) == 79546)
            #expect(try await Self.count("SELECT count(*)::int FROM as_names t \(unescaped: active) WHERE country = 'US'", client) == 24701)
            #expect(try await Self.count("SELECT count(*)::int FROM as_names t \(unescaped: active) WHERE name ~ '[^\\x01-\\x7f]'", client) == 1316)

            let repository = ASNRegistrationRepository(client: client)
            let cta = try #require(try await repository.registration(of: ASN(36678), logger: TestDatabase.logger))
            #expect((cta.rir, cta.country) == ("arin", "US"))
            #expect(try await repository.name(of: ASN(1916), logger: TestDatabase.logger)?.name == "Associação Rede Nacional de Ensino e Pesquisa")

            let again = try await RegistryCommandTests.run(["import", "rir"] + files, url)
            #expect(again.stderr.components(separatedBy: "unchanged ").count == 6, "\(again.stderr)")
        }
    }
}
