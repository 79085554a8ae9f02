import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The operators' use cases the command line and the API share: their refusals, their audit rows and their listings.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct AdministrationServiceTests {
    static let logger = TestDatabase.logger

    static func auditActions(_ client: PostgresClient) async throws -> [String] {
        var actions: [String] = []
        for try await action in try await client.query("SELECT action FROM audit_log ORDER BY id", logger: Self.logger).decode(String.self) {
            actions.append(action)
        }
        return actions
    }

    @Test func schedulesRefuseBadFieldsByNameAndTakenNamesAsConflicts() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let schedules = ScheduleService(client: client)
            let added = try await schedules.add(
                name: "nightly",
                cron: "30 2 * * *",
                timeZone: "America/New_York",
                by: .commandLine,
                logger: Self.logger
            )
            #expect(added.summary.hasPrefix("schedule nightly: '30 2 * * *' in America/New_York, next run "))
            await #expect(
                throws: RequestRefusal.invalid(
                    field: "cron",
                    reason: "'61 * * * *' is not a cron expression: minute field '61': 61 is outside 0-59"
                )
            ) {
                try await schedules.add(name: "broken", cron: "61 * * * *", by: .commandLine, logger: Self.logger)
            }
            for (name, zone, field) in [("two words", "UTC", "name"), ("", "UTC", "name"), ("zoned", "Mars/Olympus", "timeZone")] {
                do {
                    _ = try await schedules.add(name: name, cron: "@daily", timeZone: zone, by: .commandLine, logger: Self.logger)
                    Issue.record("'\(name)' in \(zone) was accepted")
                } catch let RequestRefusal.invalid(refused, _) {
                    #expect(refused == field)
                }
            }
            await #expect(throws: RequestRefusal.conflict("a schedule named 'nightly' exists already")) {
                try await schedules.add(name: "nightly", cron: "@daily", by: .commandLine, logger: Self.logger)
            }
            let listing = try await schedules.list(logger: Self.logger).tsv.split(separator: "\n")
            #expect(listing.count == 2 && listing[0] == "name\tcron\ttime_zone\tas_of\tenabled\tnext_run\tlast_run")
            #expect(listing[1].hasPrefix("nightly\t30 2 * * *\tAmerica/New_York\ttoday\ttrue\t"))
            _ = try await schedules.remove(name: "nightly", by: .commandLine, logger: Self.logger)
            await #expect(throws: RequestRefusal.notFound("there is no schedule named 'nightly'")) {
                try await schedules.remove(name: "nightly", by: .commandLine, logger: Self.logger)
            }
            #expect(try await Self.auditActions(client) == ["schedule.create", "schedule.delete"])
        }
    }

    @Test func keysRefuseBindingsThatDoNotFitTheRoleAndExpiriesInThePast() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let keys = KeyService(client: client)
            await #expect(throws: RequestRefusal.refused("a telco key needs a tenant and at least one entity")) {
                try await keys.create(.init(role: .telco), by: .commandLine, logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.invalid(field: "expiresAt", reason: "must be in the future")) {
                try await keys.create(.init(role: .regulator, expiresAt: Date(timeIntervalSinceNow: -60)), by: .commandLine, logger: Self.logger)
            }
            let (key, _) = try await keys.create(
                .init(role: .telco, tenant: "att", entities: ["att"], label: "ops"),
                by: .commandLine,
                logger: Self.logger
            )
            _ = try await keys.revoke(id: key.id, by: .commandLine, logger: Self.logger)
            await #expect(throws: RequestRefusal.notFound("there is no live key \(key.id)")) {
                try await keys.rotate(id: key.id, expiresAt: nil, by: .commandLine, logger: Self.logger)
            }
            let row = try #require(try await keys.list(logger: Self.logger).tsv.split(separator: "\n").last).split(separator: "\t")
            #expect(row[2...5] == ["telco", "att", "att", "ops"] && row[9].hasPrefix("revoked "))
            #expect(try await Self.auditActions(client) == ["key.create", "key.revoke"])
        }
    }

    @Test func aQueuedEvaluationIsAuditedAndCanBeInspected() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let jobs = JobService(client: client)
            let job = try await jobs.queueEvaluation(
                asOf: try #require(Day(iso: "2026-12-01")),
                trigger: "cli",
                by: .commandLine,
                logger: Self.logger
            )
            #expect(job.status == .queued && job.kind == EvaluationJobPayload.kind)
            #expect(try await jobs.job(id: job.id, logger: Self.logger).detail.hasPrefix("job \(job.id): evaluate "))
            #expect(try await jobs.list(status: .queued, logger: Self.logger).tsv.contains("\(job.id)\tevaluate\tqueued\t0/"))
            await #expect(throws: RequestRefusal.notFound("job \(job.id) does not exist or is not parked (failed)")) {
                try await jobs.retry(id: job.id, logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.notFound("there is no job 999999")) { try await jobs.job(id: 999_999, logger: Self.logger) }
            #expect(try await Self.auditActions(client) == ["evaluation.queue"])
        }
    }

    @Test func aWebhookNeedsALongEnoughSecretAndACallableURL() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let webhooks = WebhookService(client: client)
            await #expect(throws: RequestRefusal.invalid(field: "secret", reason: "must be at least 16 bytes")) {
                try await webhooks.add(url: "https://example.com/hook", secret: "short", logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.invalid(field: "url", reason: "the webhook URL is not an http(s) URL with a host")) {
                try await webhooks.add(url: "ftp://example.com/hook", secret: String(repeating: "s", count: 16), logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.notFound("there is no webhook 7")) { try await webhooks.remove(id: 7, logger: Self.logger) }
            let hooks = try await webhooks.list(logger: Self.logger)
            #expect(hooks.tsv == "id\turl\tenabled\n")
        }
    }
}
