import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier exposure` on the fixture graph: untrusted ASes from the registry, and what-if runs (links removed,
/// ASes designated) whose printed changes equal the difference of two plain sweeps.
@Suite struct ExposureCommandTests {
    static let graph = TestDatabase.repositoryRoot + "/Fixtures/caida/prc-neighbourhood.as-rel.txt"
    static let registry = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    /// Runs the binary (no database is needed for files) and returns its standard output.
    static func exposure(_ arguments: [String]) throws -> DemoCommandTests.Run {
        try DemoCommandTests.run(["exposure", "--as-rel", Self.graph] + arguments, databaseURL: "postgres://unused@127.0.0.1:1/none")
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

    /// The changed rows a what-if run should print, from two plain sweeps: destination -> (exposed before, after).
    static func expectedChanges(_ before: String, _ after: String) -> [String: [String]] {
        let old = Self.rows(before)
        let new = Self.rows(after)
        var changes: [String: [String]] = [:]
        for destination in Set(old.keys).union(new.keys) {
            let a = old[destination]
            let b = new[destination]
            guard a?[2] != b?[2] || a?[3] != b?[3] || a?[6] != b?[6] else { continue }
            changes[destination] = [a?[3] ?? "-", b?[3] ?? "-"]
        }
        return changes
    }

    @Test func theRegistryGivesTheUntrustedASesOfTheDay() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DemoCommandTests.binary), "build first: swift build")
        let now = try Self.exposure(["--registry", Self.registry, "--as-of", "2024-06-01"])
        #expect(now.status == 0, "\(now.stderr)")
        let registryText = try String(contentsOfFile: Self.registry, encoding: .utf8)
        let carriers = Set(Self.rows(now.stdout).values.flatMap { $0[6] == "-" ? [] : $0[6].split(separator: ",").map { String($0.split(separator: ":")[0]) } })
        #expect(carriers.contains("4134") && carriers.contains("4837"))
        #expect(carriers.allSatisfy { registryText.contains("value: \"\($0)\"") }, "\(carriers)")
        #expect(now.stderr.contains("untrusted ASes in the registry on 2024-06-01"))
        let missing = try Self.exposure([])
        #expect(missing.status != 0 && missing.stderr.contains("give the untrusted ASes: --untrusted ASN,... or --registry FILE|store"))
    }

    @Test func designatingPrintsExactlyTheChangedDestinations() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DemoCommandTests.binary), "build first: swift build")
        let before = try Self.exposure(["--untrusted", "4134,4837"])
        let after = try Self.exposure(["--untrusted", "4134,4837,9929"])
        let whatIf = try Self.exposure(["--untrusted", "4134,4837", "--designate", "9929"])
        #expect(whatIf.status == 0, "\(whatIf.stderr)")
        let expected = Self.expectedChanges(before.stdout, after.stdout)
        #expect(!expected.isEmpty)
        #expect(Self.rows(whatIf.stdout).mapValues { [$0[4], $0[5]] } == expected)
        #expect(whatIf.stdout.hasPrefix("destination\tdestination_cc\tsources_before\tsources_after\texposed_before\texposed_after"))
    }

    @Test func removingALinkPrintsExactlyTheChangedDestinations() throws {
        try #require(FileManager.default.isExecutableFile(atPath: DemoCommandTests.binary), "build first: swift build")
        let text = try String(contentsOfFile: Self.graph, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = try #require(lines.first { !$0.hasPrefix("#") && $0.split(separator: "|").prefix(2).contains("4134") })
        let ends = cut.split(separator: "|").prefix(2)
        let trimmed = NSTemporaryDirectory() + "cc-whatif-\(UUID().uuidString.prefix(8)).txt"
        try lines.filter { $0 != cut }.joined(separator: "\n").write(toFile: trimmed, atomically: true, encoding: .utf8)
        let before = try Self.exposure(["--untrusted", "4134,4837"])
        let after = try DemoCommandTests.run(
            ["exposure", "--as-rel", trimmed, "--untrusted", "4134,4837"], databaseURL: "postgres://unused@127.0.0.1:1/none")
        let whatIf = try Self.exposure(["--untrusted", "4134,4837", "--remove-link", ends.joined(separator: "-")])
        #expect(whatIf.status == 0, "\(whatIf.stderr)")
        #expect(Self.rows(whatIf.stdout).mapValues { [$0[4], $0[5]] } == Self.expectedChanges(before.stdout, after.stdout))
        let bad = try Self.exposure(["--untrusted", "4134", "--remove-link", "4134"])
        #expect(bad.status != 0 && bad.stderr.contains("'4134' is not two AS numbers joined by '-'"))
    }
}
