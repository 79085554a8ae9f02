import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier registry ...` and `import` of the registry sources, run as a user runs them, against a fresh database.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct RegistryCommandTests {
    static let fixtures = TestDatabase.repositoryRoot + "/Fixtures/registry/"

    static func run(_ arguments: [String], _ url: DatabaseURL) async throws -> ChildProcess.Result {
        try CLIBinary.requireFresh()
        return try await DemoCommandTests.run(arguments, databaseURL: url.connectionString)
    }

    static func temporaryFile(_ name: String) -> String { NSTemporaryDirectory() + "cc-\(UUID().uuidString.prefix(8))-\(name)" }

    @Test func explainAnswersTheIssueQuestionFromTheStoreByDate() async throws {
        try await TestDatabase.withFreshDatabase { _, url in
            #expect(try await Self.run(["import", "registry", Self.fixtures + "registry.yaml"], url).status == 0)
            let after = try await Self.run(["registry", "explain", "AS36678", "--as-of", "2022-04-01"], url)
            #expect(after.status == 0, "\(after.stderr)")
            #expect(after.stdout.hasPrefix("AS36678 on 2022-04-01: UNTRUSTED\n  holder: China Telecom (Americas) Corporation"))
            #expect(after.stdout.contains("Covered List 2022-03-25"))
            #expect(after.stdout.contains("Section 214 revocation 2021-10-26"))
            let before = try await Self.run(["registry", "explain", "AS36678", "--as-of", "2019-01-01"], url)
            #expect(before.stdout.hasPrefix("AS36678 on 2019-01-01: trusted"))
            #expect(before.stdout.contains("- not yet in force on 2019-01-01: AS36678 → China Telecom (Americas) Corporation"))
        }
    }

    @Test func designationsCountFromTheirEffectiveDayUpToButNotIncludingTheirEnd() async throws {
        try await TestDatabase.withFreshDatabase { _, url in
            let file = Self.temporaryFile("bounds.yaml")
            try """
            entities:
              - {id: red-carrier, name: Red Carrier, country: CN}
            identifiers:
              - {kind: asn, value: "64500", holder: red-carrier, source: RIR, confidence: registry, valid_from: 2018-01-01}
            designations:
              - {id: red, entity: red-carrier, instrument: section-214-denial, effective: 2019-06-01, end: 2020-01-01, citation: Order 1}
            """.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(try await Self.run(["import", "registry", file], url).status == 0)
            let expected = [
                ("2019-05-31", "trusted", "not yet in force on 2019-05-31"),
                ("2019-06-01", "UNTRUSTED", "Section 214 denial 2019-06-01 until 2020-01-01"),
                ("2019-12-31", "UNTRUSTED", "because:"), ("2020-01-01", "trusted", "ended 2020-01-01"),
                ("2017-12-31", "trusted", "AS64500 → Red Carrier (tie not valid on 2017-12-31)"),
            ]
            for (day, verdict, detail) in expected {
                let run = try await Self.run(["registry", "explain", "AS64500", "--as-of", day], url)
                #expect(run.stdout.hasPrefix("AS64500 on \(day): \(verdict)"), "\(day): \(run.stdout)\(run.stderr)")
                #expect(run.stdout.contains(detail), "\(day): \(run.stdout)")
            }
        }
    }

    @Test func explainNamesAnASNTheRegistryDoesNotKnowFromTheRIRsAndTheNamesList() async throws {
        try await TestDatabase.withFreshDatabase { _, url in
            #expect(try await Self.run(["import", "registry", Self.fixtures + "registry.yaml"], url).status == 0)
            let imports = try await Self.run(["import", "rir", Self.fixtures + "delegated-extract.txt"], url)
            #expect(
                imports.stdout.hasPrefix("RIR registrations: 1357 ASNs in 1 dataset (afrinic+apnic+arin+lacnic+ripencc); US 96,"),
                "\(imports.stdout)"
            )
            let names = try await Self.run(["import", "as-names", Self.fixtures + "asnames-extract.txt"], url)
            #expect(names.stdout.contains("AS names: 551;"), "\(names.stdout)\(names.stderr)")
            let run = try await Self.run(["registry", "explain", "AS8100", "--as-of", "2022-04-01"], url)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(
                run.stdout == """
                    AS8100 on 2022-04-01: trusted
                      not in the registry: registered to ARIN US (holder id b74110ce30165289d3e4d81b3248dbe2), \
                    name "ASN-QUADRANET-GLOBAL - QuadraNet, Inc" (US); no designation reaches it

                    """
            )
            let cnix = try await Self.run(["registry", "explain", "AS4847", "--as-of", "2022-04-01"], url)
            #expect(cnix.stdout.contains("registered to APNIC CN (holder id A914EAE4), name \"CNIX-AP China Networks Inter-Exchange\" (CN)"))
            #expect(
                cnix.stdout.contains(
                    "same RIR account as these registry ASNs (review whether their holder owns it too): AS4134 (China Telecom Corporation Limited), "
                        + "AS4809 (China Telecom Corporation Limited), AS4812 (China Telecom Corporation Limited)\n"
                ),
                "\(cnix.stdout)"
            )
            let unknown = try await Self.run(["registry", "explain", "AS4200000001"], url)
            #expect(unknown.status != 0)
            #expect(unknown.stderr.contains("neither the registry nor the imported RIR statistics and AS names know 'AS4200000001'"))
        }
    }

    @Test func exportedRegistryReimportsAsANewVersionEqualToTheOriginal() async throws {
        try await TestDatabase.withFreshDatabase { client, url in
            let original = try RegistryYAMLReader.read(try String(contentsOfFile: Self.fixtures + "registry.yaml", encoding: .utf8), file: "r")
                .registry
            #expect(try await Self.run(["import", "registry", Self.fixtures + "registry.yaml"], url).status == 0)
            let exported = Self.temporaryFile("export.yaml")
            #expect(try await Self.run(["registry", "export", "-o", exported], url).status == 0)
            let reimport = try await Self.run(["import", "registry", exported], url)
            #expect(reimport.stderr.contains("imported \(exported): dataset #"), "\(reimport.stderr)")
            let repository = RegistryRepository(client: client)
            let version = try #require(try await repository.activeVersion(logger: TestDatabase.logger))
            #expect(try await repository.registry(dataset: version, logger: TestDatabase.logger).canonical == original.canonical)
            let again = try await Self.run(["registry", "export"], url)
            #expect(again.stdout == (try String(contentsOfFile: exported, encoding: .utf8)))
        }
    }
}
