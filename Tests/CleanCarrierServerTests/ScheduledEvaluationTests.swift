import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierServer
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ScheduledEvaluationTests {
    static let logger = ServerTestSupport.logger
    static let secret = "a-test-secret-of-32-bytes-length"
    /// The key webhook secrets are sealed with in tests.
    static let secrets = WebhookSecretBox(base64: Data(repeating: 7, count: 32).base64EncodedString())
    /// The receiver listens on loopback, which only this allowance lets webhooks reach.
    static let loopback = WebhookTargetPolicy(allowPrivateTargets: true)

    /// Today is 2030-01-10; a designation takes effect tomorrow. The nightly schedule's run on the 11th finds the
    /// violation, and the webhook hears about it once, signed.
    @Test func aDesignationEffectiveTomorrowChangesTheFindingsOfTheNextScheduledRun() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await WebhookReceiver.with { receiver, url in
                let clock = ManualClock(ServerTestSupport.date("2030-01-10T10:00:00Z"))
                try await ServerTestSupport.importPeeringWithDesignation(effective: Day(iso: "2030-01-11")!, client: client)
                _ = try await WebhookRepository(client: client, secrets: Self.secrets, targets: Self.loopback).add(
                    url: url,
                    secret: Self.secret,
                    logger: Self.logger
                )
                _ = try await ScheduleRepository(client: client).add(
                    name: "nightly",
                    cron: try CronExpression("0 6 * * *"),
                    timeZone: "UTC",
                    asOf: .today,
                    now: clock.now,
                    logger: Self.logger
                )
                let scheduler = SchedulerService(client: client, now: { clock.now }, logger: Self.logger)
                let queue = JobQueue(client: client, backoff: .milliseconds(10))
                let worker = JobWorker(
                    queue: queue,
                    handlers: [
                        EvaluationJobHandler(service: EvaluationService(client: client)),
                        WebhookDeliveryJobHandler(client: client, secrets: Self.secrets, targets: Self.loopback),
                    ],
                    logger: Self.logger
                )

                // The 10th: the new datasets trigger a first evaluation, which finds nothing.
                #expect(try await scheduler.tick().count == 1)
                #expect(await ServerTestSupport.drain(worker) == 1)
                #expect(try await ServerTestSupport.evaluations(client: client).map(\.trigger) == ["dataset"])
                #expect(try await ServerTestSupport.evaluations(client: client).first?.counterparts == [])
                clock.set(ServerTestSupport.date("2030-01-10T23:59:00Z"))
                #expect(try await scheduler.tick().isEmpty)

                // The 11th, 06:00: the schedule fires; the designation trigger fires too (the latest evaluation predates it).
                clock.set(ServerTestSupport.date("2030-01-11T06:00:30Z"))
                #expect(try await scheduler.tick().count == 2)
                #expect(try await scheduler.tick().isEmpty, "each firing and trigger enqueues once")
                #expect(await ServerTestSupport.drain(worker) == 3, "two evaluations and one webhook delivery")
                let evaluations = try await ServerTestSupport.evaluations(client: client)
                #expect(evaluations.map(\.trigger) == ["dataset", "schedule:nightly", "designation"])
                #expect(evaluations.map(\.asOf) == ["2030-01-10", "2030-01-11", "2030-01-11"])
                #expect(evaluations[1].counterparts == ["far-carrier"])

                let request = try #require(receiver.requests.only)
                #expect(request.headers["x-cleancarrier-event"] == "compliance.status-changed")
                let signature = try #require(request.headers["x-cleancarrier-signature"])
                let timestamp = try #require(request.headers["x-cleancarrier-timestamp"])
                let delivery = try #require(request.headers["x-cleancarrier-delivery"])
                #expect(
                    signature
                        == WebhookSignature.value(timestamp: Int64(timestamp) ?? 0, deliveryID: delivery, body: request.body, secret: Self.secret)
                )
                #expect(WebhookSignature.isValid(signature, timestamp: timestamp, deliveryID: delivery, body: request.body, secret: Self.secret))
                #expect(
                    !WebhookSignature.isValid(
                        signature,
                        timestamp: timestamp,
                        deliveryID: delivery,
                        body: request.body + Data(" ".utf8),
                        secret: Self.secret
                    )
                )
                let body = try JSONDecoder().decode(StatusChangeNotifier.Body.self, from: request.body)
                #expect(body.trigger == "schedule:nightly" && body.asOf == "2030-01-11")
                #expect(body.newViolations.map(\.counterpart) == ["far-carrier"] && body.resolved.isEmpty)
                #expect(
                    try await WebhookRepository(client: client, secrets: Self.secrets, targets: Self.loopback).deliveries(logger: Self.logger).map(
                        \.status
                    ) == [DeliveryStatus.delivered]
                )
            }
        }
    }

    /// A receiver that fails twice gets the same signed body three times; the log shows the delivery and its attempts.
    @Test func webhookDeliveriesAreRetriedUntilTheReceiverAccepts() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await WebhookReceiver.with(statuses: [500, 503]) { receiver, url in
                try await ServerTestSupport.importPeeringWithDesignation(effective: Day(iso: "2020-01-01")!, client: client)
                _ = try await WebhookRepository(client: client, secrets: Self.secrets, targets: Self.loopback).add(
                    url: url,
                    secret: Self.secret,
                    logger: Self.logger
                )
                let queue = JobQueue(client: client, backoff: .milliseconds(20))
                let worker = JobWorker(
                    queue: queue,
                    handlers: [
                        EvaluationJobHandler(service: EvaluationService(client: client)),
                        WebhookDeliveryJobHandler(client: client, secrets: Self.secrets, targets: Self.loopback),
                    ],
                    logger: Self.logger
                )
                try await queue.enqueue(
                    kind: EvaluationJobPayload.kind,
                    payload: EvaluationJobPayload(asOf: Day(iso: "2024-06-01")!, trigger: "test"),
                    logger: Self.logger
                )
                var ran = 0
                for _ in 0..<50 where receiver.requests.count < 3 {
                    ran += await ServerTestSupport.drain(worker)
                    try await Task.sleep(for: .milliseconds(20))
                }
                #expect(ran == 4, "one evaluation, three delivery attempts")
                #expect(receiver.requests.count == 3)
                #expect(Set(receiver.requests.map(\.body)).count == 1)
                let delivery = try #require(
                    try await WebhookRepository(client: client, secrets: Self.secrets, targets: Self.loopback).deliveries(logger: Self.logger).only
                )
                #expect(delivery.status == DeliveryStatus.delivered && delivery.attempts == 3 && delivery.responseCode == 200)
            }
        }
    }

    @Test func onlyOneSchedulerLeadsAtATime() async throws {
        try await TestDatabase.withFreshDatabase { client, url in
            let first = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 1, logger: Self.logger)
            let second = try await PostgresConnection.connect(configuration: url.connectionConfiguration(), id: 2, logger: Self.logger)
            #expect(try await SchedulerService.tryLead(on: first, logger: Self.logger))
            #expect(try await !SchedulerService.tryLead(on: second, logger: Self.logger))
            try await first.close()
            var took = false
            for _ in 0..<50 where !took {
                took = try await SchedulerService.tryLead(on: second, logger: Self.logger)
                if !took { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(took, "the lock dies with its connection")
            try await second.close()
        }
    }
}

extension Array {
    /// The only element, or `nil` when there are none or several.
    var only: Element? { self.count == 1 ? self[0] : nil }
}
