import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier cables`: no database, a cable map folder and a registry file.
@Suite struct CablesCommandTests {
    static let registry = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    static func cables(_ arguments: [String]) async throws -> ChildProcess.Result {
        try await DemoCommandTests.run(["cables", "--registry", Self.registry] + arguments, databaseURL: "postgres://unused@127.0.0.1:1/none")
    }

    @Test func listsTheCablesLandingInTheCountryWithOwnersAndChains() async throws {
        try CLIBinary.requireFresh()
        let run = try await Self.cables(["--cables", try CableMapSample.write(), "--as-of", "2024-06-01"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.hasPrefix(
                "Cables landing in US on 2024-06-01: 4 (3 in service); 1 with an untrusted owner or landing party; 1 also land in PRC territory"
            )
        )
        #expect(
            run.stdout.contains("Pacific Test [pacific-test], in service since 2018: UNTRUSTED OWNER OR LANDING PARTY; DIRECT LINK TO PRC TERRITORY")
        )
        #expect(run.stdout.contains("  owner \"China Telecom\" → China Telecom Corporation Limited (china-telecom-corp-ltd): UNTRUSTED"))
        #expect(run.stdout.contains("Future Test [future-test], planned for 2030: not counted: planned for 2030"))
        #expect(run.stdout.contains("Owners to review (2, no registry entity or alias): Google, Nobody Known Telecom, Ltd."))
        let bad = try await Self.cables(["--cables", try CableMapSample.write(replacing: ["cable/pacific-test.json": "{"])])
        #expect(bad.status == 65 && bad.stderr.contains("cable/pacific-test.json: not valid JSON"))
        let badDay = try await Self.cables(["--cables", try CableMapSample.write(), "--as-of", "2024-13-01"])
        #expect(badDay.status == 64 && badDay.stderr.contains("The value '2024-13-01' is invalid for '--as-of <as-of>'"), "\(badDay.stderr)")
        #expect(badDay.stderr.contains("(YYYY-MM-DD; default: today, UTC)"), "the option's help gives the format")
        let badCountry = try await Self.cables(["--cables", try CableMapSample.write(), "--country", "usa"])
        #expect(
            badCountry.status == 64 && badCountry.stderr == "Error: country must be an ISO 3166-1 alpha-2 code, not 'USA'\n",
            "\(badCountry.stderr)"
        )
    }

    @Test(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
    func theStoresCableMapListsAsItsFolderDoes() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let folder = try CableMapSample.write()
            let database = url.connectionString
            let none = try await DemoCommandTests.run(["cables", "--as-of", "2024-06-01"], databaseURL: database)
            #expect(none.status == 64 && none.stderr.contains("Error: no cable map has been imported"), "\(none.stderr)")
            #expect(try await DemoCommandTests.run(["import", "registry", Self.registry], databaseURL: database).status == 0)
            #expect(try await DemoCommandTests.run(["import", "cables", folder], databaseURL: database).status == 0)
            let stored = try await DemoCommandTests.run(["cables", "--as-of", "2024-06-01"], databaseURL: database)
            let files = try await Self.cables(["--cables", folder, "--as-of", "2024-06-01"])
            #expect(stored.status == 0 && stored.stdout == files.stdout, "\(stored.stderr)")
            #expect(stored.stdout.contains("Pacific Test [pacific-test], in service since 2018: UNTRUSTED OWNER OR LANDING PARTY"))
            let half = try await DemoCommandTests.run(["cables", "--cables", folder], databaseURL: database)
            #expect(half.status == 64 && half.stderr.contains("--cables and --registry go together"))
        }
    }

    /// The expected names were derived with python3 from ../shared/data/cables/submarinecablemap-20221110/cable/*.json
    /// (leaving out all.json and cable-geo.json): cables with a landing point in "United States" and "China Telecom",
    /// "China Unicom" or "China Mobile" among their comma-separated owners.
    @Test(.enabled(if: CableMapSample.realFolder != nil, "needs ../shared/data/cables/submarinecablemap-20221110 (TeleGeography, CC BY-NC-SA 3.0)"))
    func theRealMapFlagsEveryUSCableWithAPRCCarrierOwner() async throws {
        try CLIBinary.requireFresh()
        let run = try await Self.cables(["--cables", try #require(CableMapSample.realFolder), "--as-of", "2026-12-01", "--country", "US", "--json"])
        #expect(run.status == 0, "\(run.stderr)")
        let listing = try JSONDecoder().decode(CableListing.self, from: Data(run.stdout.utf8))
        #expect(
            listing.flagged.map(\.cable.name) == [
                "FASTER", "Japan-U.S. Cable Network (JUS)", "New Cross Pacific (NCP) Cable System", "Trans-Pacific Express (TPE) Cable System",
            ]
        )
        let text = try await Self.cables(["--cables", try #require(CableMapSample.realFolder), "--as-of", "2026-12-01"])
        #expect(text.stdout.contains("  lands in US: Pacific City, OR"))
        #expect(text.stdout.contains("FCC submarine cable rules 2025-11-26 [FCC 25-49"))
    }
}
