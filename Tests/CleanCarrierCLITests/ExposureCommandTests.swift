import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier exposure` on the fixture graph, as a user runs it: untrusted ASes from the registry, and bad options
/// refused by name. The what-if logic is tested on the library (`ExposureAnalysisTests`).
@Suite struct ExposureCommandTests {
    static let graph = TestDatabase.repositoryRoot + "/Fixtures/caida/prc-neighbourhood.as-rel.txt"
    static let registry = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    /// Runs the binary (no database is needed for files) and returns its standard output.
    static func exposure(_ arguments: [String]) async throws -> ChildProcess.Result {
        try await DemoCommandTests.run(["exposure", "--as-rel", Self.graph] + arguments, databaseURL: "postgres://unused@127.0.0.1:1/none")
    }

    /// TSV rows by their first column.
    static func rows(_ tsv: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            rows[fields[0]] = fields
        }
        return rows
    }

    @Test func theRegistryGivesTheUntrustedASesOfTheDay() async throws {
        try CLIBinary.requireFresh()
        let now = try await Self.exposure(["--registry", Self.registry, "--as-of", "2024-06-01"])
        #expect(now.status == 0, "\(now.stderr)")
        let registryText = try String(contentsOfFile: Self.registry, encoding: .utf8)
        let carriers = Set(
            Self.rows(now.stdout).values.flatMap { $0[6] == "-" ? [] : $0[6].split(separator: ",").map { String($0.split(separator: ":")[0]) } }
        )
        #expect(carriers.contains("4134") && carriers.contains("4837"))
        #expect(carriers.allSatisfy { registryText.contains("value: \"\($0)\"") }, "\(carriers)")
        #expect(now.stderr.contains("untrusted ASes in the registry on 2024-06-01"))
        let missing = try await Self.exposure([])
        #expect(missing.status != 0 && missing.stderr.contains("give the untrusted ASes: --untrusted ASN,... or --registry FILE|store"))
    }

    @Test func aBadLinkIsRefusedByName() async throws {
        try CLIBinary.requireFresh()
        let bad = try await Self.exposure(["--untrusted", "4134", "--remove-link", "4134"])
        #expect(bad.status != 0 && bad.stderr.contains("'4134' is not two AS numbers joined by '-'"))
        let unknown = try await Self.exposure(["--untrusted", "4134", "--destinations", "4294967000"])
        #expect(unknown.status != 0 && unknown.stderr.contains("Error: destinations: AS4294967000 is not in the graph"))
    }
}
