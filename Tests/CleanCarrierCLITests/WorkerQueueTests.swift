import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Draining and failing through real `cleancarrier worker` processes.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct WorkerQueueTests {
    static let logger = TestDatabase.logger

    /// 1,000 small evaluations (an empty database) through four workers: each runs exactly once.
    @Test func aThousandJobsDrainThroughFourWorkersWithoutLossOrDuplication() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            let workers = try await WorkerProcess.start(
                (1...4).map { "w\($0)" },
                databaseURL: url.connectionString,
                arguments: WorkerProcessTests.fast
            )
            #expect(try await WorkerTestSupport.wait(timeout: .seconds(20)) { workers.allSatisfy { $0.log.contains("Worker started") } })
            let start = ContinuousClock.now
            try await WorkerTestSupport.enqueueEvaluations(1000, client: client)
            let drained = try await WorkerTestSupport.wait(timeout: .seconds(300)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client) == 1000
            }
            let elapsed = ContinuousClock.now - start
            #expect(drained)
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM jobs", client: client) == 1000)
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM job_attempts", client: client) == 1000, "no job ran twice")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations", client: client) == 1000)
            #expect(try await WorkerTestSupport.int("SELECT count(DISTINCT job_key) FROM evaluations", client: client) == 1000)
            let perWorker = try await client.query(
                "SELECT worker, count(*)::int FROM job_attempts GROUP BY worker ORDER BY worker",
                logger: Self.logger
            )
            var shares: [String] = []
            for try await (worker, count) in perWorker.decode((String, Int).self) { shares.append("\(worker)=\(count)") }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                "queue drain: 1000 jobs, 4 workers, \(String(format: "%.2f", seconds)) s, \(Int(1000 / seconds)) jobs/s (\(shares.joined(separator: ", ")))"
            )
            for worker in workers { worker.send(SIGTERM) }
            for worker in workers { #expect(try await worker.waitForExit() == 0) }
        }
    }

    /// A job that always fails is retried with back-off, parked after its limit, and `jobs retry` gives it more attempts.
    @Test func aJobThatAlwaysFailsIsParkedAfterItsRetryLimit() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            let worker = try await WorkerProcess(name: "w", databaseURL: url.connectionString, arguments: WorkerProcessTests.fast)
            try await client.query(
                "INSERT INTO jobs (kind, payload, max_attempts) VALUES ('evaluate', '{\"asOf\": \"not a date\"}', 3)",
                logger: Self.logger
            )
            try await client.query("SELECT pg_notify('cleancarrier_jobs', 'evaluate')", logger: Self.logger)
            let parked = try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'failed'", client: client) == 1
            }
            #expect(parked, "\(worker.log)")
            #expect(try await WorkerTestSupport.int("SELECT attempts FROM jobs", client: client) == 3)
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM job_attempts WHERE outcome = 'failed'", client: client) == 3)
            let id = try await WorkerTestSupport.int("SELECT id::int FROM jobs", client: client)
            let show = try await DemoCommandTests.run(["jobs", "show", "\(id)"], databaseURL: url.connectionString)
            #expect(show.status == 0, "\(show.stderr)")
            #expect(show.stdout.contains("status: failed, attempts 3 of 3"))
            #expect(show.stdout.contains("attempt 3 by w"))
            #expect(show.stdout.contains("last error: ") && show.stdout.contains("not a date"))
            let failed = try await DemoCommandTests.run(["jobs", "list", "--status", "failed"], databaseURL: url.connectionString)
            #expect(failed.stdout.split(separator: "\n").count == 2)
            #expect(
                try await DemoCommandTests.run(["jobs", "list", "--status", "queued"], databaseURL: url.connectionString).stdout.split(
                    separator: "\n"
                )
                .count == 1
            )
            let all = try await DemoCommandTests.run(["jobs", "list"], databaseURL: url.connectionString)
            #expect(all.status == 0 && all.stdout.contains("\(id)\tevaluate\tfailed\t3/3\t"), "\(all.stderr)")

            let retry = try await DemoCommandTests.run(["jobs", "retry", "\(id)", "--attempts", "1"], databaseURL: url.connectionString)
            #expect(retry.status == 0, "\(retry.stderr)")
            let parkedAgain = try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'failed' AND attempts = 4", client: client) == 1
            }
            #expect(parkedAgain)
            #expect(try await DemoCommandTests.run(["jobs", "retry", "999"], databaseURL: url.connectionString).status != 0)
            worker.send(SIGTERM)
            #expect(try await worker.waitForExit() == 0)
        }
    }

    @Test func schedulesAreManagedFromTheCommandLine() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let database = url.connectionString
            let add = try await DemoCommandTests.run(
                ["schedule", "add", "nightly", "--cron", "30 2 * * *", "--time-zone", "America/New_York"],
                databaseURL: database
            )
            #expect(add.status == 0, "\(add.stderr)")
            #expect(add.stdout.contains("schedule nightly: '30 2 * * *' in America/New_York, next run "))
            let bad = try await DemoCommandTests.run(["schedule", "add", "broken", "--cron", "61 * * * *"], databaseURL: database)
            #expect(bad.status != 0 && bad.stderr.contains("minute field '61': 61 is outside 0-59"))
            let list = try await DemoCommandTests.run(["schedule", "list"], databaseURL: database)
            #expect(list.stdout.contains("nightly\t30 2 * * *\tAmerica/New_York\ttoday\ttrue\t"))
            #expect(try await DemoCommandTests.run(["schedule", "remove", "nightly"], databaseURL: database).status == 0)
            #expect(try await DemoCommandTests.run(["schedule", "remove", "nightly"], databaseURL: database).status != 0)
        }
    }
}
