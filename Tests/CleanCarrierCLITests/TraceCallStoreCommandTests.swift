import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// `cleancarrier trace call` through the store, after the demo has imported the fixtures.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct TraceCallStoreCommandTests {
    @Test func tracesThroughTheActiveRoutesWithTrustVerdicts() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let output = NSTemporaryDirectory() + "cc-trace-\(UUID().uuidString.prefix(8))"
            let demo = try await DemoCommandTests.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: database)
            #expect(demo.status == 0, "\(demo.stderr)")
            #expect(
                demo.stdout.contains(
                    "| CC-3 | violation | att (AT&T Services Inc., US) | china-telecom-americas (China Telecom (Americas) Corporation, US) |"
                )
            )

            let text = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+852 4412 3456", "--as-of", "2024-06-01"],
                databaseURL: database
            )
            #expect(text.status == 0, "\(text.stderr)")
            #expect(text.stdout.contains("terminating range 852441: HKT (hkt)"))
            #expect(text.stdout.contains("primary  terminated: att [US] -> pccw-global [HK] -> hkt [HK]"))
            #expect(
                text.stdout.contains(
                    "failover terminated: att [US] -> china-telecom-americas #2 [! untrusted, US] -> china-telecom-global [! untrusted, HK] -> hkt [HK]"
                )
            )
            #expect(text.stdout.contains("enters untrusted china-telecom-americas, handed over by att (route prefix 852, priority 2, line 9)"))
            #expect(
                text.stdout.contains(
                    "trust: china-telecom-americas: China Telecom (Americas) Corporation → (owned 100% by) China Telecom Corporation Limited"
                )
            )

            let json = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+85244123456", "--as-of", "2024-06-01", "--json"],
                databaseURL: database
            )
            #expect(json.status == 0, "\(json.stderr)")
            let trace = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
            let branches = try #require(trace["branches"] as? [[String: Any]])
            let failoverHops = try #require(branches.last?["hops"] as? [[String: Any]])
            let route = try #require(failoverHops.dropFirst().first?["route"] as? [String: Any])
            #expect(route["line"] as? Int == 9 && route["dataset"] is Int)
        }
    }

    @Test func asOfPicksTheRoutesInForce() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let output = NSTemporaryDirectory() + "cc-trace-\(UUID().uuidString.prefix(8))"
            #expect(try await DemoCommandTests.run(["demo", "--as-of", "2021-06-01", "--output-dir", output], databaseURL: database).status == 0)
            let before = try await DemoCommandTests.run(
                ["trace", "call", "--from", "lumen", "--to", "+8613012345678", "--as-of", "2021-06-01"],
                databaseURL: database
            )
            #expect(
                before.stdout.contains(
                    "primary  terminated: lumen [US] -> china-unicom-americas [! untrusted, US] -> china-unicom-operations [! untrusted, CN]"
                )
            )
            let after = try await DemoCommandTests.run(
                ["trace", "call", "--from", "lumen", "--to", "+8613012345678", "--as-of", "2023-01-01"],
                databaseURL: database
            )
            #expect(after.stdout.contains("primary  terminated: lumen [US] -> tata-communications-america [US] -> pccw-global [HK]"))
            let unknown = try await DemoCommandTests.run(["trace", "call", "--from", "nobody", "--to", "+8613012345678"], databaseURL: database)
            #expect(unknown.status != 0 && unknown.stderr.contains("unknown entity 'nobody'"))
        }
    }

    @Test func atPicksTheRoutesWhoseTimeWindowHoldsTheInstant() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let output = NSTemporaryDirectory() + "cc-trace-\(UUID().uuidString.prefix(8))"
            #expect(try await DemoCommandTests.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: database).status == 0)
            let routes = output + "/weekend-routes.csv"
            try """
            carrier,prefix,next_hop,priority,weight,time_window
            att,85244,china-telecom-americas,1,100,Sat-Sun 00:00-24:00 America/New_York
            att,85244,pccw-global,1,100,Mon-Fri 00:00-24:00 America/New_York
            """.write(toFile: routes, atomically: true, encoding: .utf8)
            let upload = try await DemoCommandTests.run(["import", "voice-routes", "--tenant", "att", routes], databaseURL: database)
            #expect(upload.status == 0, "\(upload.stderr)")

            // 2024-06-08 is a Saturday; at 02:00 UTC it is still Friday in New York.
            let saturday = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+85244123456", "--at", "2024-06-08T15:00:00Z"],
                databaseURL: database
            )
            #expect(saturday.status == 0, "\(saturday.stderr)")
            #expect(saturday.stdout.contains("primary  terminated: att [US] -> china-telecom-americas [! untrusted, US]"), "\(saturday.stdout)")
            #expect(saturday.stdout.contains("used Sat-Sun 00:00-24:00 America/New_York"))
            let friday = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+85244123456", "--at", "2024-06-08T02:00:00Z"],
                databaseURL: database
            )
            #expect(friday.stdout.contains("primary  terminated: att [US] -> pccw-global [HK]"), "\(friday.stdout)")
            #expect(!friday.stdout.contains("china-telecom-americas"))
            let always = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+85244123456", "--as-of", "2024-06-08"],
                databaseURL: database
            )
            #expect(always.stdout.contains("china-telecom-americas") && always.stdout.contains("pccw-global"))
            let bad = try await DemoCommandTests.run(
                ["trace", "call", "--from", "att", "--to", "+85244123456", "--at", "saturday"],
                databaseURL: database
            )
            #expect(bad.status != 0 && bad.stderr.contains("'saturday' is not an instant"))
        }
    }
}
