import Foundation
public import Logging
public import PostgresNIO

/// Stores webhook receivers and their delivery log.
public struct WebhookRepository: Sendable {
    /// A receiver of compliance status changes.
    public struct Webhook: Sendable, Hashable {
        public var id: Int64
        public var url: String
        public var enabled: Bool
    }

    /// One notification to one receiver, with how its delivery went.
    public struct Delivery: Sendable, Hashable {
        public var id: Int64
        public var webhookID: Int64
        public var url: String
        /// The secret as stored: sealed (`WebhookSecretBox`), or plain in rows from before sealing.
        public var secret: String
        public var evaluationID: Int64
        public var event: String
        /// The exact bytes sent and signed, the same on every attempt.
        public var body: String
        public var status: DeliveryStatus
        public var attempts: Int
        public var responseCode: Int?
        public var lastError: String?
    }

    public let client: PostgresClient
    /// Seals secrets as they are added and opens them for delivery; `nil` when no key is configured.
    public let secrets: WebhookSecretBox?
    /// Which URLs may be added.
    public let targets: WebhookTargetPolicy

    /// - Parameters:
    ///   - secrets: the box secrets are sealed in (default: the key in `WEBHOOKS_SECRET_KEY`).
    ///   - targets: which URLs may be added (default: public addresses only, unless `WEBHOOKS_ALLOW_PRIVATE_TARGETS`).
    public init(client: PostgresClient, secrets: WebhookSecretBox? = .fromEnvironment(), targets: WebhookTargetPolicy = .fromEnvironment()) {
        self.client = client
        self.secrets = secrets
        self.targets = targets
    }

    /// Adds a receiver, its secret sealed.
    /// - Returns: its id.
    /// - Throws: `WebhookTargetPolicy.Refusal` for a URL that may not be called, `WebhookSecretBox.Failure.noKey` when
    ///   no key is configured to seal the secret with.
    public func add(url: String, secret: String, logger: Logger) async throws -> Int64 {
        try self.targets.check(url)
        guard let secrets = self.secrets else { throw WebhookSecretBox.Failure.noKey }
        let sealed = try secrets.seal(secret)
        return try await self.client.query("INSERT INTO webhooks (url, secret) VALUES (\(url), \(sealed)) RETURNING id", logger: logger)
            .requiredRow(Int64.self, statement: "INSERT INTO webhooks")
    }

    /// Every receiver, by id (secrets are not read back).
    public func list(logger: Logger) async throws -> [Webhook] {
        var hooks: [Webhook] = []
        for try await (id, url, enabled) in try await self.client.query("SELECT id, url, enabled FROM webhooks ORDER BY id", logger: logger)
            .decode((Int64, String, Bool).self)
        {
            hooks.append(Webhook(id: id, url: url, enabled: enabled))
        }
        return hooks
    }

    /// The secret `delivery` is signed with, opened.
    /// - Throws: `WebhookSecretBox.Failure` when it is sealed and no key, or another key, is configured.
    public func secret(of delivery: Delivery) throws -> String {
        guard delivery.secret.hasPrefix(WebhookSecretBox.prefix) else { return delivery.secret }
        guard let secrets = self.secrets else { throw WebhookSecretBox.Failure.noKey }
        return try secrets.open(delivery.secret)
    }

    /// Removes receiver `id` and its delivery log.
    /// - Returns: `false` when there was none.
    public func remove(id: Int64, logger: Logger) async throws -> Bool {
        for try await _ in try await self.client.query("DELETE FROM webhooks WHERE id = \(id) RETURNING id", logger: logger) { return true }
        return false
    }

    /// The deliveries, newest first, or only delivery `id`.
    public func deliveries(id: Int64? = nil, limit: Int = 50, logger: Logger) async throws -> [Delivery] {
        let rows = try await self.client.query(
            """
            SELECT d.id, d.webhook_id, w.url, w.secret, d.evaluation_id, d.event, d.body, d.status, d.attempts, d.response_code, d.last_error
            FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
            WHERE \(id)::bigint IS NULL OR d.id = \(id) ORDER BY d.id DESC LIMIT \(limit)
            """,
            logger: logger
        )
        var deliveries: [Delivery] = []
        for try await row in rows.decode((Int64, Int64, String, String, Int64, String, String, DeliveryStatus, Int, Int?, String?).self) {
            deliveries.append(
                Delivery(
                    id: row.0,
                    webhookID: row.1,
                    url: row.2,
                    secret: row.3,
                    evaluationID: row.4,
                    event: row.5,
                    body: row.6,
                    status: row.7,
                    attempts: row.8,
                    responseCode: row.9,
                    lastError: row.10
                )
            )
        }
        return deliveries
    }

    /// Records one attempt to deliver `id`: delivered, or failed for now (`final` when no attempt will follow).
    public func recordAttempt(delivery id: Int64, responseCode: Int?, error: String?, final: Bool, logger: Logger) async throws {
        try await self.client.withConnection { connection in
            try await Self.recordAttempt(delivery: id, responseCode: responseCode, error: error, final: final, on: connection, logger: logger)
        }
    }

    /// Records one attempt to deliver `id` on `connection` (inside the caller's transaction).
    public static func recordAttempt(
        delivery id: Int64,
        responseCode: Int?,
        error: String?,
        final: Bool,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws {
        let status: DeliveryStatus = error == nil ? .delivered : (final ? .failed : .pending)
        try await connection.query(
            """
            UPDATE webhook_deliveries SET attempts = attempts + 1, response_code = \(responseCode), last_error = \(error), status = \(status),
                delivered_at = CASE WHEN \(status == .delivered) THEN now() END
            WHERE id = \(id)
            """,
            logger: logger
        )
    }
}
