import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Real `cleancarrier worker` processes against a real PostgreSQL database.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct WorkerProcessTests {
    static let logger = TestDatabase.logger
    /// Idle workers rely on NOTIFY: their fallback poll is longer than any test.
    static let fast = ["--lease", "2", "--poll", "600", "--backoff", "0.05", "--no-scheduler"]
    /// As `fast`, with a lease that cannot lapse on a loaded machine: a lapsed lease is claimed again (tested below),
    /// which would count as a second attempt of the same job.
    static let steady = ["--lease", "60", "--poll", "600", "--backoff", "0.05", "--no-scheduler"]

    @Test func twoWorkersNeverRunTheSameJob() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            try await WorkerTestSupport.importFixtures(client: client)
            let workers = try await WorkerProcess.start(["w1", "w2"], databaseURL: url.connectionString, arguments: Self.steady)
            #expect(try await WorkerTestSupport.wait(timeout: .seconds(20)) { workers.allSatisfy { $0.log.contains("Worker started") } })
            try await WorkerTestSupport.enqueueEvaluations(20, client: client)
            let drained = try await WorkerTestSupport.wait(timeout: .seconds(120)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client) == 20
            }
            #expect(drained, "\(workers.map(\.log))")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM job_attempts", client: client) == 20, "one claim per job")
            #expect(try await WorkerTestSupport.int("SELECT count(DISTINCT job_key) FROM evaluations", client: client) == 20)
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations", client: client) == 20)
            #expect(try await WorkerTestSupport.int("SELECT count(DISTINCT worker) FROM job_attempts", client: client) == 2, "both took jobs")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations WHERE finding_count > 50", client: client) == 20)
            for worker in workers { worker.send(SIGTERM) }
            for worker in workers { #expect(try await worker.waitForExit() == 0, "\(worker.log)") }
        }
    }

    /// A job stuck in a query that does not return (blocked on a lock the test holds; its heartbeat waits too, on the
    /// job row the stuck transaction holds) is given up after the maximum job time: the worker exits with status 75,
    /// and once the lock is gone another worker finishes the job, with exactly one evaluation.
    @Test func aJobPastTheMaximumJobTimeEndsItsWorker() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            try await WorkerTestSupport.importFixtures(client: client)
            let blocker = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 9, logger: Self.logger)
            try await blocker.query("BEGIN", logger: Self.logger)
            try await blocker.query("LOCK TABLE evaluations IN ACCESS EXCLUSIVE MODE", logger: Self.logger)
            let stuck = try await WorkerProcess(name: "slow", databaseURL: url.connectionString, arguments: Self.fast + ["--max-job-time", "4"])
            try await WorkerTestSupport.enqueueEvaluations(1, client: client)
            #expect(try await stuck.waitForExit(timeout: .seconds(40)) == 75, "\(stuck.log)")
            #expect(stuck.log.contains("Job stuck: it has run longer than the maximum job time"))
            try await blocker.query("COMMIT", logger: Self.logger)
            try await blocker.close()
            let rescuer = try await WorkerProcess(name: "rescuer", databaseURL: url.connectionString, arguments: Self.fast)
            let finished = try await WorkerTestSupport.wait(timeout: .seconds(60)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client) == 1
            }
            #expect(finished, "\(rescuer.log)")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations", client: client) == 1)
            rescuer.send(SIGTERM)
            #expect(try await rescuer.waitForExit() == 0)
        }
    }

    /// A worker killed mid-evaluation (blocked on a table lock the test holds) leaves its job to another worker once
    /// its lease runs out; exactly one evaluation is committed.
    @Test func aKilledWorkersJobIsFinishedByAnotherAfterTheLease() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            try await WorkerTestSupport.importFixtures(client: client)
            let blocker = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 9, logger: Self.logger)
            try await blocker.query("BEGIN", logger: Self.logger)
            try await blocker.query("LOCK TABLE evaluations IN ACCESS EXCLUSIVE MODE", logger: Self.logger)
            let doomed = try await WorkerProcess(name: "doomed", databaseURL: url.connectionString, arguments: Self.fast)
            try await WorkerTestSupport.enqueueEvaluations(1, client: client)
            let blocked = try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                try await WorkerTestSupport.int(
                    "SELECT count(*) FROM pg_locks WHERE relation = 'evaluations'::regclass AND NOT granted",
                    client: client
                ) > 0
            }
            #expect(blocked, "the worker should be inside its evaluation, waiting for the lock: \(doomed.log)")
            doomed.send(SIGKILL)
            #expect(try await doomed.waitForExit() != 0)
            try await blocker.query("COMMIT", logger: Self.logger)
            try await blocker.close()
            #expect(
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'running' AND lease_owner = 'doomed'", client: client) == 1
            )

            let rescuer = try await WorkerProcess(name: "rescuer", databaseURL: url.connectionString, arguments: Self.fast)
            let finished = try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded'", client: client) == 1
            }
            #expect(finished, "\(rescuer.log)")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations", client: client) == 1)
            #expect(
                try await WorkerTestSupport.int("SELECT count(*) FROM evaluations e JOIN jobs j ON e.job_key = 'job-' || j.id", client: client) == 1
            )
            let id = try #require(try await JobQueue(client: client).list(logger: Self.logger).first?.id)
            let record = try #require(try await JobQueue(client: client).record(id: id, logger: Self.logger))
            #expect(record.history.map(\.worker) == ["doomed", "rescuer"])
            #expect(record.history.map(\.outcome) == ["lost", "succeeded"])
            rescuer.send(SIGTERM)
            #expect(try await rescuer.waitForExit() == 0)
        }
    }

    /// SIGTERM while a job runs: the worker finishes it, then exits cleanly.
    @Test func sigtermFinishesTheJobInHand() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { client, url in
            let blocker = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 9, logger: Self.logger)
            try await blocker.query("BEGIN", logger: Self.logger)
            try await blocker.query("LOCK TABLE evaluations IN ACCESS EXCLUSIVE MODE", logger: Self.logger)
            let worker = try await WorkerProcess(name: "graceful", databaseURL: url.connectionString, arguments: Self.fast)
            try await WorkerTestSupport.enqueueEvaluations(1, client: client)
            #expect(
                try await WorkerTestSupport.wait(timeout: .seconds(30)) {
                    try await WorkerTestSupport.int(
                        "SELECT count(*) FROM pg_locks WHERE relation = 'evaluations'::regclass AND NOT granted",
                        client: client
                    ) > 0
                }
            )
            worker.send(SIGTERM)
            try await Task.sleep(for: .milliseconds(500))
            #expect(worker.isRunning, "the worker waits for its job")
            try await blocker.query("COMMIT", logger: Self.logger)
            try await blocker.close()
            #expect(try await worker.waitForExit() == 0, "\(worker.log)")
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM jobs WHERE status = 'succeeded' AND attempts = 1", client: client) == 1)
            #expect(try await WorkerTestSupport.int("SELECT count(*) FROM evaluations", client: client) == 1)
        }
    }
}
