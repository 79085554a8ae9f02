import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierServer
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import PostgresNIO
import Testing

/// Every way an evaluation starts, `POST /evaluations`, an upload's trigger and a schedule, leads to exactly one
/// evaluation, and the compliance status change it finds reaches the webhook. (`cleancarrier evaluate` and `demo`
/// call the same `EvaluationService` in-process: `EvaluationServiceTests`.)
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct EvaluationEntryPointTests {
    static let logger = ServerTestSupport.logger
    static let secret = "a-test-secret-of-32-bytes-length"
    /// The seeded evaluation's date: no designation of the fixtures changes after it.
    static let today = ServerTestSupport.date("2024-01-01T12:00:00Z")

    /// Replaces Comcast's TDM interconnect with Pacific Networks by one with China Unicom Americas: the next
    /// evaluation has a new violation (and a resolved one).
    static func changeAnInterconnect(_ api: APITestHarness) async throws {
        let original = String(decoding: try APITestHarness.fixture("interconnects/declared.csv"), as: UTF8.self)
        let changed = original.replacingOccurrences(of: "comcast,pacific-networks,voice-tdm", with: "comcast,china-unicom-americas,voice-tdm")
        try #require(changed != original)
        let upload = try await api.request("/datasets/interconnects", .post, key: api.regulator, contentType: "text/csv", body: Data(changed.utf8))
        try #require(upload.status == .created)
    }

    /// The evaluations stored after the seeded one, oldest first, with the number of webhook deliveries each queued.
    static func laterEvaluations(_ api: APITestHarness) async throws -> [(id: Int64, trigger: String, deliveries: Int)] {
        var rows: [(Int64, String, Int)] = []
        for try await row in try await api.database.query(
            """
            SELECT e.id, e.trigger, (SELECT count(*)::int FROM webhook_deliveries d WHERE d.evaluation_id = e.id)
            FROM evaluations e WHERE e.id > 1 ORDER BY e.id
            """,
            logger: Self.logger
        ).decode((Int64, String, Int).self) {
            rows.append(row)
        }
        return rows
    }

    /// The one notification `receiver` got, decoded; it must name `evaluation` and the new China Unicom violation.
    static func expectNotification(_ receiver: WebhookReceiver, evaluation: Int64) throws {
        let request = try #require(receiver.requests.only, "exactly one notification")
        let body = try JSONDecoder().decode(StatusChangeNotifier.Body.self, from: request.body)
        #expect(body.evaluationID == evaluation)
        #expect(body.newViolations.map(\.counterpart).contains("china-unicom-americas"))
        #expect(body.resolved.map(\.counterpart).contains("pacific-networks"))
    }

    @Test func postEvaluationsAnswers202AndItsJobNotifies() async throws {
        try await APITestHarness.run { api in
            try await WebhookReceiver.with { receiver, url in
                _ = try await ServerTestSupport.webhooks(api.database).add(url: url, secret: Self.secret, logger: Self.logger)
                try await Self.changeAnInterconnect(api)
                let queued = try await api.request(
                    "/evaluations",
                    .post,
                    key: api.regulator,
                    contentType: "application/json",
                    body: Data(#"{"asOf":"2024-01-01"}"#.utf8)
                )
                #expect(queued.status == .accepted)
                let job = try APITestHarness.json(queued)
                #expect(job["status"] as? String == "queued" && job["kind"] as? String == EvaluationJobPayload.kind)
                #expect(queued.headers[.location] == "/jobs/\(try #require(job["id"] as? Int))")
                #expect(try await Self.laterEvaluations(api).isEmpty, "nothing is evaluated inside the request")

                #expect(await api.runQueuedJobs() == 2, "the evaluation, then its webhook delivery")
                let later = try await Self.laterEvaluations(api)
                try #require(later.count == 1)
                #expect(later[0].trigger.hasPrefix("api:") && later[0].deliveries == 1)
                let finished = try APITestHarness.json(try await api.request("/jobs/\(job["id"] as? Int ?? 0)", key: api.regulator))
                #expect(finished["status"] as? String == "succeeded" && finished["evaluationId"] as? Int == Int(later[0].id))
                try Self.expectNotification(receiver, evaluation: later[0].id)
            }
        }
    }

    @Test func anUploadTriggersOneEvaluationThatNotifies() async throws {
        try await APITestHarness.run { api in
            try await WebhookReceiver.with { receiver, url in
                _ = try await ServerTestSupport.webhooks(api.database).add(url: url, secret: Self.secret, logger: Self.logger)
                try await Self.changeAnInterconnect(api)
                let scheduler = SchedulerService(client: api.database, now: { Self.today }, logger: Self.logger)
                #expect(try await scheduler.tick().count == 1)
                #expect(try await scheduler.tick().isEmpty, "the same change triggers once")
                await api.runQueuedJobs()
                let later = try await Self.laterEvaluations(api)
                try #require(later.count == 1)
                #expect(later[0].trigger == "dataset" && later[0].deliveries == 1)
                try Self.expectNotification(receiver, evaluation: later[0].id)
            }
        }
    }

    @Test func aScheduledEvaluationNotifies() async throws {
        try await APITestHarness.run { api in
            try await WebhookReceiver.with { receiver, url in
                _ = try await ServerTestSupport.webhooks(api.database).add(url: url, secret: Self.secret, logger: Self.logger)
                _ = try await ScheduleRepository(client: api.database).add(
                    name: "nightly",
                    cron: try CronExpression("0 6 * * *"),
                    timeZone: "UTC",
                    asOf: .today,
                    now: ServerTestSupport.date("2023-12-31T10:00:00Z"),
                    logger: Self.logger
                )
                try await Self.changeAnInterconnect(api)
                let scheduler = SchedulerService(client: api.database, now: { ServerTestSupport.date("2024-01-01T06:00:30Z") }, logger: Self.logger)
                #expect(try await scheduler.tick().count == 2, "the schedule's firing, then the upload's trigger")
                await api.runQueuedJobs()
                let later = try await Self.laterEvaluations(api)
                #expect(later.map(\.trigger) == ["schedule:nightly", "dataset"])
                #expect(later.map(\.deliveries) == [1, 0], "the scheduled run finds the change; the trigger's run finds nothing new")
                try Self.expectNotification(receiver, evaluation: try #require(later.first).id)
            }
        }
    }
}
