public import AsyncHTTPClient
public import CleanCarrierStore
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
public import PostgresNIO

/// Runs `deliver-webhook` jobs: POSTs a stored delivery's JSON body, signed (`WebhookSignature`), and logs each
/// attempt in `webhook_deliveries`. Anything but a 2xx answer fails the attempt, so the queue retries it with back-off.
///
/// The target is checked before each attempt (`WebhookTargetPolicy`: a host that now resolves to a private address is
/// refused), redirects are not followed (a 3xx fails the attempt), and no error text, logged or stored, holds the URL.
public struct WebhookDeliveryJobHandler: JobHandler {
    /// A receiver answered with something other than 2xx, or could not be reached.
    public struct DeliveryFailed: Error, CustomStringConvertible {
        public var description: String
    }

    /// The client deliveries go through: it follows no redirect. Like `HTTPClient.shared`, it lives as long as the process.
    public static let http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: .init(redirectConfiguration: .disallow))

    public let client: PostgresClient
    public let http: HTTPClient
    public let timeout: Duration
    public let secrets: WebhookSecretBox?
    public let targets: WebhookTargetPolicy
    public var kind: String { WebhookDeliveryPayload.kind }

    public init(
        client: PostgresClient,
        http: HTTPClient = Self.http,
        timeout: Duration = .seconds(10),
        secrets: WebhookSecretBox? = .fromEnvironment(),
        targets: WebhookTargetPolicy = .fromEnvironment()
    ) {
        self.client = client
        self.http = http
        self.timeout = timeout
        self.secrets = secrets
        self.targets = targets
    }

    public func perform(_ job: Job, logger: Logger) async throws -> JobEffects {
        let id = try job.payload(as: WebhookDeliveryPayload.self).deliveryID
        let repository = WebhookRepository(client: self.client, secrets: self.secrets, targets: self.targets)
        guard let delivery = try await repository.deliveries(id: id, logger: logger).first else {
            throw DeliveryFailed(description: "delivery \(id) no longer exists")
        }
        let final = job.attempt >= job.maxAttempts
        let secret: String
        do {
            try self.targets.check(delivery.url)
            secret = try repository.secret(of: delivery)
        } catch {
            try await repository.recordAttempt(delivery: id, responseCode: nil, error: "\(error)", final: final, logger: logger)
            throw DeliveryFailed(description: "webhook \(delivery.webhookID): \(error)")
        }
        let timestamp = Int64(Date().timeIntervalSince1970)
        var request = HTTPClientRequest(url: delivery.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "CleanCarrier-Webhook/1")
        request.headers.add(name: "X-CleanCarrier-Event", value: delivery.event)
        request.headers.add(name: WebhookSignature.deliveryHeader, value: String(delivery.id))
        request.headers.add(name: WebhookSignature.timestampHeader, value: String(timestamp))
        request.headers.add(
            name: WebhookSignature.header,
            value: WebhookSignature.value(timestamp: timestamp, deliveryID: String(delivery.id), body: Data(delivery.body.utf8), secret: secret)
        )
        request.body = .bytes(ByteBuffer(string: delivery.body))
        let code: Int
        do {
            let response = try await self.http.execute(request, timeout: .milliseconds(Int64(self.timeout.components.seconds * 1000)), logger: logger)
            code = Int(response.status.code)
            _ = try await response.body.collect(upTo: 1 << 16)
        } catch {
            let reason = Self.reason(error, url: delivery.url)
            try await repository.recordAttempt(delivery: id, responseCode: nil, error: reason, final: final, logger: logger)
            throw DeliveryFailed(description: "webhook \(delivery.webhookID): \(reason)")
        }
        guard (200..<300).contains(code) else {
            try await repository.recordAttempt(delivery: id, responseCode: code, error: "HTTP \(code)", final: final, logger: logger)
            throw DeliveryFailed(description: "webhook \(delivery.webhookID) answered HTTP \(code)")
        }
        return { connection in
            try await WebhookRepository.recordAttempt(delivery: id, responseCode: code, error: nil, final: true, on: connection, logger: logger)
        }
    }

    /// Why a request failed, without the URL or its host (either may carry a secret): the error's text with both blanked.
    static func reason(_ error: any Error, url: String) -> String {
        var text = "could not deliver: \(error)"
        var secrets = [url]
        if let components = URLComponents(string: url) {
            secrets += [components.host, components.path, components.query, components.user, components.password].compactMap { $0 }
                .filter { $0.count > 1 }
        }
        for secret in secrets.sorted(by: { $0.count > $1.count }) { text = text.replacingOccurrences(of: secret, with: "<redacted>") }
        return text
    }
}
