import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct JobQueueTests {
    static let logger = TestDatabase.logger
    static let payload = EvaluationJobPayload(asOf: Day(iso: "2024-06-01")!, trigger: "test")

    static func count(_ sql: String, client: PostgresClient) async throws -> Int {
        for try await value in try await client.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).decode(Int.self) { return value }
        return -1
    }

    @Test func claimsSkipLeasedJobsAndDedupeKeysEnqueueOnce() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let queue = JobQueue(client: client)
            let first = try #require(try await queue.enqueue(kind: "evaluate", payload: Self.payload, dedupeKey: "k1", logger: Self.logger))
            #expect(try await queue.enqueue(kind: "evaluate", payload: Self.payload, dedupeKey: "k1", logger: Self.logger) == nil)
            let second = try #require(try await queue.enqueue(kind: "evaluate", payload: Self.payload, logger: Self.logger))
            let a = try #require(try await queue.claim(owner: "a", logger: Self.logger))
            let b = try #require(try await queue.claim(owner: "b", logger: Self.logger))
            #expect([a.id, b.id] == [first, second])
            #expect(a.attempt == 1 && a.maxAttempts == 5)
            #expect(try a.payload(as: EvaluationJobPayload.self) == Self.payload)
            #expect(try await queue.claim(owner: "c", logger: Self.logger) == nil)
            #expect(try await queue.heartbeat(a, owner: "a", logger: Self.logger))
            #expect(try await !queue.heartbeat(a, owner: "b", logger: Self.logger))
        }
    }

    /// Moves every lease and back-off into the past, as if time had passed (the tests do not wait on the clock).
    static func expireLeasesAndBackoffs(client: PostgresClient) async throws {
        try await client.query(
            "UPDATE jobs SET lease_until = lease_until - interval '1 hour', run_after = run_after - interval '1 hour'",
            logger: Self.logger
        )
    }

    /// The back-off job `id` was given when it last failed: from the failure (`updated_at`) to when it may run again.
    static func backoffSeconds(_ id: Int64, client: PostgresClient) async throws -> Double {
        for try await value in try await client.query(
            "SELECT extract(epoch FROM run_after - updated_at)::float8 FROM jobs WHERE id = \(id)",
            logger: Self.logger
        ).decode(Double.self) {
            return value
        }
        return .nan
    }

    @Test func anExpiredLeaseIsClaimedAgainAndTheFormerOwnerCannotComplete() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let queue = JobQueue(client: client, lease: .seconds(60))
            let id = try #require(try await queue.enqueue(kind: "evaluate", payload: Self.payload, logger: Self.logger))
            let claimed = ContinuousClock.now
            let first = try #require(try await queue.claim(owner: "a", logger: Self.logger))
            #expect(try await queue.claim(owner: "b", logger: Self.logger) == nil)
            let due = try #require(try await queue.nextDue(logger: Self.logger))
            // The lease runs 60 s from the claim; however slow the machine, no more than the time since has passed.
            let elapsed = ContinuousClock.now - claimed
            #expect(due > .seconds(60) - elapsed - .seconds(1) && due <= .seconds(60), "the lease's end is when the job may be taken over")
            try await Self.expireLeasesAndBackoffs(client: client)
            let second = try #require(try await queue.claim(owner: "b", logger: Self.logger))
            #expect(second.id == id && second.attempt == 2)
            await #expect(throws: Job.LeaseLost.self) {
                try await queue.complete(first, owner: "a", logger: Self.logger) { _ in }
            }
            try await queue.complete(second, owner: "b", logger: Self.logger) { _ in }
            let record = try #require(try await queue.record(id: id, logger: Self.logger))
            #expect(record.status == .succeeded && record.leaseOwner == nil)
            #expect(record.history.map(\.worker) == ["a", "b"])
            #expect(record.history.map(\.outcome) == ["lost", "succeeded"])
        }
    }

    @Test func failedAttemptsBackOffExponentiallyThenTheJobIsParked() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            // Back-offs of minutes: a loaded machine never takes that long between a failure and the next claim.
            let queue = JobQueue(client: client, backoff: .seconds(600), maxBackoff: .seconds(900))
            let id = try #require(try await queue.enqueue(kind: "evaluate", payload: Self.payload, maxAttempts: 3, logger: Self.logger))
            var outcomes: [JobQueue.FailureOutcome] = []
            for attempt in 1...3 {
                let job = try #require(try await queue.claim(owner: "w", logger: Self.logger))
                #expect(job.attempt == attempt)
                outcomes.append(try await queue.fail(job, owner: "w", error: "boom \(attempt)", logger: Self.logger))
                #expect(try await queue.claim(owner: "w", logger: Self.logger) == nil, "a failed job waits for its back-off")
                if attempt < 3 {
                    #expect(try await Self.backoffSeconds(id, client: client) == (attempt == 1 ? 600 : 900))
                    try await Self.expireLeasesAndBackoffs(client: client)
                }
            }
            #expect(outcomes == [.retrying(after: .seconds(600)), .retrying(after: .seconds(900)), .parked])
            let parked = try #require(try await queue.record(id: id, logger: Self.logger))
            #expect(parked.status == .failed && parked.attempts == 3 && parked.lastError == "boom 3")
            #expect(parked.history.map(\.error) == ["boom 1", "boom 2", "boom 3"])
            #expect(try await queue.list(status: .failed, logger: Self.logger).map(\.id) == [id])
            #expect(try await queue.nextDue(logger: Self.logger) == nil, "a parked job is never due")
            #expect(try await queue.retry(id: id, extraAttempts: 1, logger: Self.logger))
            let again = try #require(try await queue.claim(owner: "w", logger: Self.logger))
            #expect(again.attempt == 4 && again.maxAttempts == 4)
        }
    }

    @Test func effectsCommitWithTheCompletionOrNotAtAll() async throws {
        struct Boom: Error {}
        try await TestDatabase.withFreshDatabase { client, _ in
            let queue = JobQueue(client: client)
            try await client.query("CREATE TABLE effects (job bigint)", logger: Self.logger)
            let id = try #require(try await queue.enqueue(kind: "evaluate", payload: Self.payload, logger: Self.logger))
            let job = try #require(try await queue.claim(owner: "w", logger: Self.logger))
            await #expect(throws: Boom.self) {
                try await queue.complete(job, owner: "w", logger: Self.logger) { connection in
                    try await connection.query("INSERT INTO effects VALUES (\(job.id))", logger: Self.logger)
                    throw Boom()
                }
            }
            #expect(try await Self.count("SELECT count(*) FROM effects", client: client) == 0)
            #expect(try await queue.record(id: id, logger: Self.logger)?.status == .running)
            try await queue.complete(job, owner: "w", logger: Self.logger) { connection in
                _ = try await connection.query("INSERT INTO effects VALUES (\(job.id))", logger: Self.logger)
            }
            #expect(try await Self.count("SELECT count(*) FROM effects", client: client) == 1)
            #expect(try await queue.record(id: id, logger: Self.logger)?.status == .succeeded)
        }
    }

    @Test func releasingGivesTheJobBackWithoutSpendingAnAttempt() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let queue = JobQueue(client: client)
            try await queue.enqueue(kind: "evaluate", payload: Self.payload, logger: Self.logger)
            let job = try #require(try await queue.claim(owner: "a", logger: Self.logger))
            try await queue.release(job, owner: "a", logger: Self.logger)
            let again = try #require(try await queue.claim(owner: "b", logger: Self.logger))
            #expect(again.id == job.id && again.attempt == 1)
        }
    }
}
