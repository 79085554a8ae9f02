public import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO

/// API keys: creating, listing, revoking and rotating them, each change audited in its own transaction.
public struct KeyService: Sendable {
    /// What a new key is for.
    public struct NewKey: Sendable, Hashable {
        public var role: APIKey.Role
        /// The tenant a telco key uploads for (created when missing).
        public var tenant: String?
        /// The entities a telco key is bound to.
        public var entities: [String]
        /// A note on whom the key is for.
        public var label: String?
        /// When the key stops authenticating (`nil`: never).
        public var expiresAt: Date?

        public init(role: APIKey.Role, tenant: String? = nil, entities: [String] = [], label: String? = nil, expiresAt: Date? = nil) {
            self.role = role
            self.tenant = tenant
            self.entities = entities
            self.label = label
            self.expiresAt = expiresAt
        }
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private var repository: APIKeyRepository { APIKeyRepository(client: self.client) }

    /// Creates a key.
    /// - Returns: the key and its secret, which is not kept anywhere: show it once.
    /// - Throws: `RequestRefusal.refused` for bindings that do not fit the role, `.invalid` for an expiry that is not
    ///   in the future.
    public func create(_ key: NewKey, by actor: AuditLog.Actor, logger: Logger) async throws -> (APIKey, APIKeySecret) {
        try Self.checkExpiry(key.expiresAt)
        do {
            return try await self.repository.create(
                role: key.role,
                tenant: key.tenant,
                entities: key.entities,
                label: key.label,
                expiresAt: key.expiresAt,
                auditedAs: actor,
                logger: logger
            )
        } catch let refusal as APIKeyRepository.Refusal {
            throw RequestRefusal.refused(refusal.description)
        }
    }

    /// Every key, newest first (never their secrets).
    public func list(logger: Logger) async throws -> [APIKey] { try await self.repository.list(logger: logger) }

    /// Revokes key `id`; revoking twice keeps the first time.
    /// - Throws: `RequestRefusal.notFound` when there is no such key.
    public func revoke(id: Int64, by actor: AuditLog.Actor, logger: Logger) async throws -> APIKey {
        guard let key = try await self.repository.revoke(id: id, auditedAs: actor, logger: logger) else {
            throw RequestRefusal.notFound("there is no key \(id)")
        }
        return key
    }

    /// Replaces live key `id` with a new one of the same role and bindings, and revokes it.
    /// - Throws: `RequestRefusal.notFound` when there is no such live key, `.invalid` for an expiry in the past.
    public func rotate(id: Int64, expiresAt: Date?, by actor: AuditLog.Actor, logger: Logger) async throws -> (APIKey, APIKeySecret) {
        try Self.checkExpiry(expiresAt)
        guard let rotated = try await self.repository.rotate(id: id, expiresAt: expiresAt, auditedAs: actor, logger: logger) else {
            throw RequestRefusal.notFound("there is no live key \(id)")
        }
        return rotated
    }

    private static func checkExpiry(_ date: Date?) throws(RequestRefusal) {
        if let date, date <= Date() { throw .invalid(field: "expiresAt", reason: "must be in the future") }
    }
}
