public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// Receivers of compliance status changes: adding, listing and removing them, and their delivery log.
public struct WebhookService: Sendable {
    /// The shortest secret a receiver may be signed with, in bytes.
    public static let minimumSecretLength = 16

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private var repository: WebhookRepository { WebhookRepository(client: self.client) }

    /// Adds a receiver of `url`, its bodies signed with `secret` (sealed in the store).
    /// - Returns: its id.
    /// - Throws: `RequestRefusal.invalid` for a short secret or a URL that may not be called;
    ///   `WebhookSecretBox.Failure.noKey` when `WEBHOOKS_SECRET_KEY` is not set.
    public func add(url: String, secret: String, logger: Logger) async throws -> Int64 {
        guard secret.utf8.count >= Self.minimumSecretLength else {
            throw RequestRefusal.invalid(field: "secret", reason: "must be at least \(Self.minimumSecretLength) bytes")
        }
        do {
            return try await self.repository.add(url: url, secret: secret, logger: logger)
        } catch let refusal as WebhookTargetPolicy.Refusal {
            throw RequestRefusal.invalid(field: "url", reason: refusal.description)
        }
    }

    /// Every receiver, by id.
    public func list(logger: Logger) async throws -> [WebhookRepository.Webhook] { try await self.repository.list(logger: logger) }

    /// Removes receiver `id` and its delivery log.
    /// - Throws: `RequestRefusal.notFound` when there is none.
    public func remove(id: Int64, logger: Logger) async throws {
        guard try await self.repository.remove(id: id, logger: logger) else { throw RequestRefusal.notFound("there is no webhook \(id)") }
    }

    /// The latest deliveries, newest first.
    public func deliveries(limit: Int = 50, logger: Logger) async throws -> [WebhookRepository.Delivery] {
        try await self.repository.deliveries(limit: limit, logger: logger)
    }
}
