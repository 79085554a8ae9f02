import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierServer
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// Webhooks are signed over `timestamp.delivery-id.body` (checked here with python3's own `hmac`), refuse private
/// targets unless allowed, follow no redirect, keep their URL out of every error, and store their secret sealed.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct WebhookSecurityTests {
    static let logger = ServerTestSupport.logger
    static let secret = "another-test-secret-32-bytes-len"
    static let secrets = WebhookSecretBox(base64: Data(repeating: 9, count: 32).base64EncodedString())
    static let loopback = WebhookTargetPolicy(allowPrivateTargets: true)

    /// Delivers one status change to a loopback receiver answering `statuses` in turn, with `targets` at delivery time.
    static func deliver(
        statuses: [Int] = [],
        targets: WebhookTargetPolicy = loopback,
        path: String = "",
        _ check: @Sendable (WebhookReceiver, String, PostgresClient) async throws -> Void
    ) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await WebhookReceiver.with(statuses: statuses) { receiver, url in
                try await ServerTestSupport.importPeeringWithDesignation(effective: Day(iso: "2020-01-01")!, client: client)
                let hook = url + path
                _ = try await WebhookRepository(client: client, secrets: Self.secrets, targets: Self.loopback).add(
                    url: hook,
                    secret: Self.secret,
                    logger: Self.logger
                )
                let queue = JobQueue(client: client, backoff: .milliseconds(10))
                let worker = JobWorker(
                    queue: queue,
                    handlers: [
                        EvaluationJobHandler(service: EvaluationService(client: client)),
                        WebhookDeliveryJobHandler(client: client, secrets: Self.secrets, targets: targets),
                    ],
                    logger: Self.logger
                )
                try await queue.enqueue(
                    kind: EvaluationJobPayload.kind,
                    payload: EvaluationJobPayload(asOf: Day(iso: "2024-06-01")!, trigger: "test"),
                    logger: Self.logger
                )
                await ServerTestSupport.drain(worker)
                try await check(receiver, hook, client)
            }
        }
    }

    @Test func theSignatureCoversTimestampDeliveryAndBodyAsAnIndependentHMACComputesIt() async throws {
        try await Self.deliver { receiver, _, _ in
            let request = try #require(receiver.requests.first)
            let timestamp = try #require(request.headers["x-cleancarrier-timestamp"])
            let delivery = try #require(request.headers["x-cleancarrier-delivery"])
            let signature = try #require(request.headers["x-cleancarrier-signature"])
            #expect(abs(Date().timeIntervalSince1970 - (Double(timestamp) ?? 0)) < 120)
            var message = Data("\(timestamp).\(delivery).".utf8)
            message.append(request.body)
            #expect(signature == "v1=" + (try await Self.pythonHMAC(message: message, secret: Self.secret)))
            // A replay outside the window, or a changed delivery id, fails the receiver's check.
            let late = Date(timeIntervalSince1970: (Double(timestamp) ?? 0) + WebhookSignature.replayWindow + 1)
            #expect(
                !WebhookSignature.isValid(signature, timestamp: timestamp, deliveryID: delivery, body: request.body, secret: Self.secret, now: late)
            )
            #expect(!WebhookSignature.isValid(signature, timestamp: timestamp, deliveryID: delivery + "0", body: request.body, secret: Self.secret))
            #expect(WebhookSignature.isValid(signature, timestamp: timestamp, deliveryID: delivery, body: request.body, secret: Self.secret))
        }
    }

    @Test func redirectsAreNotFollowedAndURLsStayOutOfErrors() async throws {
        try await Self.deliver(statuses: Array(repeating: 302, count: 30), path: "?token=s3cr3t-token") { receiver, url, client in
            #expect(receiver.requests.count >= 1)
            #expect(receiver.requests.allSatisfy { $0.headers["x-cleancarrier-delivery"] != nil })
            let delivery = try #require(try await WebhookRepository(client: client, secrets: Self.secrets).deliveries(logger: Self.logger).first)
            #expect(delivery.responseCode == 302)
            #expect(delivery.attempts == receiver.requests.count, "one request per attempt: the redirect was not followed")
            let errors = try await Self.errorTexts(client)
            #expect(!errors.isEmpty)
            #expect(errors.allSatisfy { !$0.contains("s3cr3t-token") && !$0.contains(url) }, "\(errors)")
        }
    }

    @Test func aLoopbackTargetIsRefusedWithoutTheAllowance() async throws {
        try await Self.deliver(targets: WebhookTargetPolicy(allowPrivateTargets: false), path: "?token=s3cr3t-token") { receiver, url, client in
            #expect(receiver.requests.isEmpty)
            let delivery = try #require(try await WebhookRepository(client: client, secrets: Self.secrets).deliveries(logger: Self.logger).first)
            #expect(delivery.lastError?.contains("loopback") == true, "\(delivery.lastError ?? "")")
            #expect(try await Self.errorTexts(client).allSatisfy { !$0.contains("s3cr3t-token") && !$0.contains(url) })
            // Adding one is refused too, naming the reason and not the URL.
            let refusal = await #expect(throws: WebhookTargetPolicy.Refusal.self) {
                try await WebhookRepository(client: client, secrets: Self.secrets, targets: .init(allowPrivateTargets: false))
                    .add(url: url, secret: Self.secret, logger: Self.logger)
            }
            #expect(refusal.map { "\($0)".contains("token") } == false)
        }
    }

    @Test func secretsAreStoredSealed() async throws {
        try await Self.deliver { receiver, _, client in
            #expect(receiver.requests.count == 1)
            for try await stored in try await client.query("SELECT secret FROM webhooks", logger: Self.logger).decode(String.self) {
                #expect(stored.hasPrefix("sealed:v1:"))
                #expect(!stored.contains(Self.secret))
            }
            let other = try #require(WebhookSecretBox(base64: Data(repeating: 1, count: 32).base64EncodedString()))
            let delivery = try #require(try await WebhookRepository(client: client, secrets: other).deliveries(logger: Self.logger).first)
            #expect(throws: WebhookSecretBox.Failure.cannotOpen) { try WebhookRepository(client: client, secrets: other).secret(of: delivery) }
            #expect(try WebhookRepository(client: client, secrets: Self.secrets).secret(of: delivery) == Self.secret)
        }
    }

    @Test(arguments: [
        ("http://127.0.0.1/", "loopback"), ("http://10.1.2.3/", "private"), ("http://172.20.0.1/", "private"), ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"), ("http://100.64.0.1/", "CGNAT"), ("http://[::1]/", "loopback"),
        ("http://[fe80::1]/", "link-local"), ("http://[fd00:ec2::254]/", "unique local"), ("http://[::ffff:127.0.0.1]/", "loopback"),
        ("http://0.0.0.0/", "unspecified"), ("http://metadata.google.internal/", "metadata"),
    ])
    func nonPublicTargetsAreRefused(_ url: String, _ kind: String) throws {
        let policy = WebhookTargetPolicy(allowPrivateTargets: false)
        let refusal = #expect(throws: WebhookTargetPolicy.Refusal.self) { try policy.check(url) }
        #expect(refusal.map { "\($0)".contains(kind) } == true, "\(String(describing: refusal))")
        try WebhookTargetPolicy(allowPrivateTargets: true).check(url)
    }

    @Test func publicAndNonHTTPTargets() throws {
        let policy = WebhookTargetPolicy(allowPrivateTargets: false)
        try policy.check("https://8.8.8.8/hook")
        try policy.check("https://[2001:4860:4860::8888]/hook")
        #expect(throws: WebhookTargetPolicy.Refusal.notHTTP) { try policy.check("file:///etc/passwd") }
        #expect(throws: WebhookTargetPolicy.Refusal.notHTTP) { try policy.check("gopher://8.8.8.8/") }
    }

    /// Every error text the delivery left: the delivery log's, the job attempts' and the jobs'.
    static func errorTexts(_ client: PostgresClient) async throws -> [String] {
        var texts: [String] = []
        for try await text in try await client.query(
            """
            SELECT last_error FROM webhook_deliveries WHERE last_error IS NOT NULL
            UNION ALL SELECT error FROM job_attempts WHERE error IS NOT NULL UNION ALL SELECT last_error FROM jobs WHERE last_error IS NOT NULL
            """,
            logger: Self.logger
        ).decode(String.self) {
            texts.append(text)
        }
        return texts
    }

    /// The hex HMAC-SHA256 of `message` under `secret`, computed by python3's standard library.
    static func pythonHMAC(message: Data, secret: String) async throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hmac-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("message")
        try message.write(to: file)
        let result = try await ChildProcess.run(
            "python3",
            [
                "-c",
                "import hmac, hashlib, sys; print(hmac.new(sys.argv[1].encode(), open(sys.argv[2], 'rb').read(), hashlib.sha256).hexdigest())",
                secret, file.path,
            ]
        )
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
