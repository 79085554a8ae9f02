import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// Runs the real `cleancarrier` binary, as a user would, against a fresh database.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct DemoCommandTests {
    /// Runs the binary with `DATABASE_URL` set, so it never starts a cluster of its own.
    static func run(_ arguments: [String], databaseURL: String, in folder: String = TestDatabase.repositoryRoot) async throws -> ChildProcess.Result {
        try await ChildProcess.run(CLIBinary.path, arguments, environment: ["DATABASE_URL": databaseURL], directory: folder)
    }

    @Test func demoPrintsRealFindingsAndIsRepeatable() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let output = NSTemporaryDirectory() + "cc-demo-\(UUID().uuidString.prefix(8))"
            let databaseURL = url.connectionString
            let first = try await Self.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: databaseURL)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(
                first.stdout.contains(
                    "| CC-1 | violation | AS174 (Cogent Communications, US) | AS4134 (China Telecom Corporation Limited, CN) | inferred | new |"
                )
            )
            #expect(
                first.stdout.contains(
                    "Trust: AS4134 → China Telecom Corporation Limited → (owned 70.9% by) China Telecommunications Corporation → Clean Carrier listing 2020-08-05"
                )
            )
            #expect(first.stderr.contains("imported Fixtures/caida/prc-neighbourhood.as-rel.txt"))
            #expect(first.stderr.contains("imported Fixtures/equipment/inventory.csv"))
            #expect(first.stdout.contains("## Clean Path checks"))
            #expect(first.stdout.contains("Clean Path from att to +447300123456 (call path) as of 2024-06-01: CLEAN\n"))
            #expect(first.stdout.contains("Clean Path from att to +85244123456 (call path) as of 2024-06-01: NOT CLEAN\n"))
            #expect(first.stdout.contains("Clean Path from verizon to +85244123456 (call path) as of 2024-06-01: UNKNOWN\n"))
            #expect(first.stdout.contains("| lumen (Lumen Technologies (Level 3, CenturyLink, Qwest), US) | not clean |"))
            for file in ["report.md", "report.json", "report.csv", "report.html"] {
                #expect(FileManager.default.fileExists(atPath: "\(output)/\(file)"))
            }
            let second = try await Self.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: databaseURL)
            #expect(second.status == 0)
            #expect(second.stderr.contains("unchanged Fixtures/caida/prc-neighbourhood.as-rel.txt"))
            #expect(second.stdout.contains("| inferred | persisting |"))
            #expect(!second.stdout.contains("| new |"))
        }
    }

    @Test func malformedUploadFailsNamingFileLineAndField() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let file = NSTemporaryDirectory() + "cc-bad-\(UUID().uuidString.prefix(8)).csv"
            try "party_a,party_b,kind,facility,city,country,start,end\nAS7018,AS4134,ip-peering,,,,,\nAS7018,AS41x34,ip-peering,,,,,\n"
                .write(toFile: file, atomically: true, encoding: .utf8)
            let run = try await Self.run(["import", "interconnects", file], databaseURL: url.connectionString)
            #expect(run.status == 65)
            #expect(run.stderr.contains("\(file):3: party_b: 'AS41x34' is not a valid AS number"))
            let report = try await Self.run(["report"], databaseURL: url.connectionString)
            #expect(report.status != 0)
            #expect(report.stderr.contains("there is no evaluation yet"))
        }
    }
}
