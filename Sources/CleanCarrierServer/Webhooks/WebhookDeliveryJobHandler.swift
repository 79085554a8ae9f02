public import AsyncHTTPClient
public import CleanCarrierStore
import Foundation
public import Logging
import NIOCore
import NIOHTTP1
public import PostgresNIO

/// Runs `deliver-webhook` jobs: POSTs a stored delivery's JSON body, signed (`WebhookSignature`), and logs each
/// attempt in `webhook_deliveries`. Anything but a 2xx answer fails the attempt, so the queue retries it with back-off.
public struct WebhookDeliveryJobHandler: JobHandler {
    /// A receiver answered with something other than 2xx, or could not be reached.
    public struct DeliveryFailed: Error, CustomStringConvertible {
        public var description: String
    }

    public let client: PostgresClient
    public let http: HTTPClient
    public let timeout: Duration
    public var kind: String { WebhookDeliveryPayload.kind }

    public init(client: PostgresClient, http: HTTPClient = .shared, timeout: Duration = .seconds(10)) {
        self.client = client
        self.http = http
        self.timeout = timeout
    }

    public func perform(_ job: Job, logger: Logger) async throws -> JobEffects {
        let id = try job.payload(as: WebhookDeliveryPayload.self).deliveryID
        let repository = WebhookRepository(client: self.client)
        guard let delivery = try await repository.deliveries(id: id, logger: logger).first else {
            throw DeliveryFailed(description: "delivery \(id) no longer exists")
        }
        var request = HTTPClientRequest(url: delivery.url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "User-Agent", value: "CleanCarrier-Webhook/1")
        request.headers.add(name: "X-CleanCarrier-Event", value: delivery.event)
        request.headers.add(name: "X-CleanCarrier-Delivery", value: String(delivery.id))
        request.headers.add(name: WebhookSignature.header, value: WebhookSignature.value(body: Data(delivery.body.utf8), secret: delivery.secret))
        request.body = .bytes(ByteBuffer(string: delivery.body))
        let final = job.attempt >= job.maxAttempts
        let code: Int
        do {
            let response = try await self.http.execute(request, timeout: .milliseconds(Int64(self.timeout.components.seconds * 1000)), logger: logger)
            code = Int(response.status.code)
            _ = try await response.body.collect(upTo: 1 << 16)
        } catch {
            try await repository.recordAttempt(delivery: id, responseCode: nil, error: "\(error)", final: final, logger: logger)
            throw DeliveryFailed(description: "\(delivery.url): \(error)")
        }
        guard (200..<300).contains(code) else {
            try await repository.recordAttempt(delivery: id, responseCode: code, error: "HTTP \(code)", final: final, logger: logger)
            throw DeliveryFailed(description: "\(delivery.url) answered HTTP \(code)")
        }
        return { connection in
            try await WebhookRepository.recordAttempt(delivery: id, responseCode: code, error: nil, final: true, on: connection, logger: logger)
        }
    }
}
