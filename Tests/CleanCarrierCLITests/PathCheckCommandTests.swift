import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier path check` through the store, after the demo has imported the fixtures and the illustrative inventory.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct PathCheckCommandTests {
    @Test func printsEachVerdictWithItsReasons() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let output = NSTemporaryDirectory() + "cc-path-\(UUID().uuidString.prefix(8))"
            let demo = try await DemoCommandTests.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: database)
            #expect(demo.status == 0, "\(demo.stderr)")

            let notClean = try await DemoCommandTests.run(
                ["path", "check", "--from", "att", "--to", "+85244123456", "--as-of", "2024-06-01"],
                databaseURL: database
            )
            #expect(notClean.status == 0, "\(notClean.stderr)")
            #expect(notClean.stdout.contains("  primary: att → pccw-global → hkt: clean\n"))
            #expect(notClean.stdout.contains("  failover 1: att → china-telecom-americas → china-telecom-global → hkt: not clean\n"))
            #expect(
                notClean.stdout.contains("    - hop 2 china-telecom-americas (China Telecom (Americas) Corporation, US) is an untrusted carrier\n")
            )
            #expect(
                notClean.stdout.contains("        trust: China Telecom (Americas) Corporation → (owned 100% by) China Telecom Corporation Limited")
            )

            // The Huawei radio site was in service until 2021-09-30: before that, AT&T's +44 path is not clean.
            let removed = try await DemoCommandTests.run(
                ["path", "check", "--from", "att", "--to", "+447300123456", "--as-of", "2021-06-01"],
                databaseURL: database
            )
            #expect(removed.stdout.hasPrefix("Clean Path from att to +447300123456 (call path) as of 2021-06-01: NOT CLEAN\n"), "\(removed.stdout)")
            #expect(
                removed.stdout.contains(
                    "untrusted vendor Huawei Technologies Co., Ltd.'s transmission/ran at Rural RAN site (acquired network), BTS3900"
                )
            )
            #expect(removed.stdout.contains("[Fixtures/equipment/inventory.csv:9, dataset #"))

            let json = try await DemoCommandTests.run(
                ["path", "check", "--from", "verizon", "--to", "+85244123456", "--as-of", "2024-06-01", "--json"],
                databaseURL: database
            )
            #expect(json.status == 0, "\(json.stderr)")
            let result = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            #expect(result["verdict"] as? String == "unknown")
            let reasons = (result["branches"] as? [[String: Any]])?.first?["reasons"] as? [[String: Any]] ?? []
            #expect(reasons.map { $0["kind"] as? String } == ["no-inventory"])
            #expect((reasons.first?["party"] as? [String: Any])?["ref"] as? String == "verizon")

            let data = try await DemoCommandTests.run(
                ["path", "check", "--from", "AS7018", "--to", "AS4134", "--as-of", "2024-06-01"],
                databaseURL: database
            )
            #expect(data.status == 0, "\(data.stderr)")
            #expect(data.stdout.hasPrefix("Clean Path from AS7018 to AS4134 (data path) as of 2024-06-01: NOT CLEAN\n"))
            #expect(data.stdout.contains("  failover (link AS7018–"))

            let unknownSource = try await DemoCommandTests.run(["path", "check", "--from", "nobody", "--to", "AS4134"], databaseURL: database)
            #expect(unknownSource.status != 0 && unknownSource.stderr.contains("'nobody' is neither an AS number nor an entity"))
        }
    }
}
