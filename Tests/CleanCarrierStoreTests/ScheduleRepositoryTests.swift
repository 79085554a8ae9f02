import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ScheduleRepositoryTests {
    static let logger = TestDatabase.logger

    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    @Test func dueSchedulesEnqueueOnceForTheLatestMissedFiringInTheirTimeZone() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let schedules = ScheduleRepository(client: client)
            let added = try await schedules.add(
                name: "nightly",
                cron: try CronExpression("0 2 * * *"),
                timeZone: "Europe/Berlin",
                asOf: .yesterday,
                now: Self.date("2024-06-01T12:00:00Z"),
                logger: Self.logger
            )
            #expect(added.nextRun == Self.date("2024-06-02T00:00:00Z"))
            await #expect(throws: ScheduleRepository.Invalid.self) {
                try await schedules.add(
                    name: "nightly",
                    cron: try CronExpression("@hourly"),
                    timeZone: "UTC",
                    asOf: .today,
                    now: Date(),
                    logger: Self.logger
                )
            }
            await #expect(throws: ScheduleRepository.Invalid.self) {
                try await schedules.add(
                    name: "mars",
                    cron: try CronExpression("@hourly"),
                    timeZone: "Mars/Olympus",
                    asOf: .today,
                    now: Date(),
                    logger: Self.logger
                )
            }
            #expect(try await schedules.enqueueDue(now: Self.date("2024-06-01T23:59:00Z"), logger: Self.logger).isEmpty)
            // Three nights missed: one job, for the latest firing (2024-06-04 02:00 Berlin), evaluating the day before.
            let jobs = try await schedules.enqueueDue(now: Self.date("2024-06-04T09:00:00Z"), logger: Self.logger)
            #expect(jobs.count == 1)
            let id = try #require(jobs.first)
            let job = try #require(try await JobQueue(client: client).record(id: id, logger: Self.logger))
            let payload = try JSONDecoder().decode(EvaluationJobPayload.self, from: Data(job.payload.utf8))
            #expect(payload == EvaluationJobPayload(asOf: Day(iso: "2024-06-03")!, trigger: "schedule:nightly"))
            #expect(job.dedupeKey == "schedule:nightly:\(Int64(Self.date("2024-06-04T00:00:00Z").timeIntervalSince1970))")
            let listed = try #require(try await schedules.list(logger: Self.logger).first)
            #expect(listed.nextRun == Self.date("2024-06-05T00:00:00Z") && listed.lastRun == Self.date("2024-06-04T00:00:00Z"))
            #expect(try await schedules.enqueueDue(now: Self.date("2024-06-04T09:00:00Z"), logger: Self.logger).isEmpty)
            #expect(try await schedules.remove(name: "nightly", logger: Self.logger)?.name == "nightly")
            #expect(try await schedules.remove(name: "nightly", logger: Self.logger) == nil)
        }
    }
}
