import Foundation
public import Logging
public import PostgresNIO

/// Creates, lists, revokes and checks API keys. Only each key's SHA-256 is stored.
public struct APIKeyRepository: Sendable {
    /// Why a key could not be created.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case telcoNeedsTenantAndEntities
        case bindingsOnlyForTelco

        public var description: String {
            switch self {
            case .telcoNeedsTenantAndEntities: "a telco key needs a tenant and at least one entity"
            case .bindingsOnlyForTelco: "only a telco key is bound to a tenant and entities"
            }
        }
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private static let columns = "id, prefix, role, tenant_id, entity_ids, label, created_at, revoked_at, expires_at, last_used_at, replaces_id"
    private typealias Row = (Int64, String, APIKey.Role, String?, [String], String?, Date, Date?, Date?, Date?, Int64?)

    /// Makes a key; a telco key's tenant is created when it does not exist yet.
    /// - Parameters:
    ///   - expiresAt: when the key stops authenticating (`nil`: never).
    ///   - actor: who the `key.create` audit event, written in the same transaction, names (`nil`: none is written).
    /// - Returns: the key and its secret, which is not kept anywhere: show it once.
    public func create(
        role: APIKey.Role,
        tenant: String?,
        entities: [String],
        label: String?,
        expiresAt: Date? = nil,
        auditedAs actor: AuditLog.Actor? = nil,
        logger: Logger
    ) async throws -> (APIKey, APIKeySecret) {
        switch role {
        case .telco: guard tenant != nil, !entities.isEmpty else { throw Refusal.telcoNeedsTenantAndEntities }
        case .regulator, .admin: guard tenant == nil, entities.isEmpty else { throw Refusal.bindingsOnlyForTelco }
        }
        let secret = APIKeySecret.generate()
        let key = try await self.client.withTransaction(logger: logger) { connection -> APIKey? in
            if let tenant {
                try await TenantRepository.ensure(tenant, on: connection, logger: logger)
            }
            let key = try await Self.insert(
                secret,
                role: role,
                tenant: tenant,
                entities: entities,
                label: label,
                expiresAt: expiresAt,
                replaces: nil,
                on: connection,
                logger: logger
            )
            if let actor { try await Self.audit(actor, action: "key.create", key: key).write(on: connection, logger: logger) }
            return key
        }
        guard let key else { throw NoRowReturned(statement: "INSERT INTO api_keys") }
        return (key, secret)
    }

    /// Every key, newest first.
    public func list(logger: Logger) async throws -> [APIKey] {
        try await Self.keys(try await self.client.query("SELECT \(unescaped: Self.columns) FROM api_keys ORDER BY id DESC", logger: logger))
    }

    /// Revokes key `id` (revoking twice keeps the first time).
    /// - Parameter actor: who the `key.revoke` audit event, written in the same transaction, names.
    /// - Returns: the key, or `nil` when there is none.
    public func revoke(id: Int64, auditedAs actor: AuditLog.Actor? = nil, logger: Logger) async throws -> APIKey? {
        try await self.client.withTransaction(logger: logger) { connection -> APIKey? in
            let rows = try await connection.query(
                "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = \(id) RETURNING \(unescaped: Self.columns)",
                logger: logger
            )
            guard let key = try await Self.keys(rows).first else { return nil }
            if let actor { try await Self.audit(actor, action: "key.revoke", key: key).write(on: connection, logger: logger) }
            return key
        }
    }

    /// Rotates live key `id`: makes a new key with the same role, bindings and label, and revokes the old one, in one
    /// transaction (with its `key.rotate` audit event).
    /// - Returns: the new key and its secret, or `nil` when there is no live key `id`.
    public func rotate(
        id: Int64,
        expiresAt: Date? = nil,
        auditedAs actor: AuditLog.Actor? = nil,
        logger: Logger
    ) async throws -> (APIKey, APIKeySecret)? {
        let secret = APIKeySecret.generate()
        let key = try await self.client.withTransaction(logger: logger) { connection -> APIKey? in
            let rows = try await connection.query(
                """
                UPDATE api_keys SET revoked_at = now() WHERE id = \(id) AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
                RETURNING \(unescaped: Self.columns)
                """,
                logger: logger
            )
            guard let old = try await Self.keys(rows).first else { return nil }
            let key = try await Self.insert(
                secret,
                role: old.role,
                tenant: old.tenant,
                entities: old.entities,
                label: old.label,
                expiresAt: expiresAt,
                replaces: old.id,
                on: connection,
                logger: logger
            )
            if let actor {
                var entry = Self.audit(actor, action: "key.rotate", key: key)
                entry.details["replaces"] = "key:\(old.id)"
                try await entry.write(on: connection, logger: logger)
            }
            return key
        }
        return key.map { ($0, secret) }
    }

    /// The live key a client's bearer token belongs to: `nil` when it is malformed, unknown, revoked or expired. Records
    /// the key's last use (at most once a minute, so a busy key does not write on every request).
    public func authenticate(_ token: String, logger: Logger) async throws -> APIKey? {
        guard let secret = APIKeySecret(parsing: token) else { return nil }
        let rows = try await self.client.query(
            """
            SELECT \(unescaped: Self.columns), sha256 FROM api_keys
            WHERE prefix = \(secret.prefix) AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
            """,
            logger: logger
        )
        var found: APIKey?
        for try await (id, prefix, role, tenant, entities, label, created, revoked, expires, used, replaces, hash) in rows.decode(
            (Int64, String, APIKey.Role, String?, [String], String?, Date, Date?, Date?, Date?, Int64?, String).self
        ) where secret.matches(sha256: hash) {
            found = Self.key((id, prefix, role, tenant, entities, label, created, revoked, expires, used, replaces))
        }
        guard let key = found else { return nil }
        if key.lastUsedAt.map({ Date().timeIntervalSince($0) >= 60 }) ?? true {
            try await self.client.query(
                """
                UPDATE api_keys SET last_used_at = now() WHERE id = \(key.id)
                AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
                """,
                logger: logger
            )
        }
        return key
    }

    private static func insert(
        _ secret: APIKeySecret,
        role: APIKey.Role,
        tenant: String?,
        entities: [String],
        label: String?,
        expiresAt: Date?,
        replaces: Int64?,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> APIKey {
        let rows = try await connection.query(
            """
            INSERT INTO api_keys (prefix, sha256, role, tenant_id, entity_ids, label, expires_at, replaces_id)
            VALUES (\(secret.prefix), \(secret.sha256), \(role.rawValue), \(tenant), \(entities), \(label), \(expiresAt), \(replaces))
            RETURNING \(unescaped: Self.columns)
            """,
            logger: logger
        )
        guard let key = try await Self.keys(rows).first else { throw NoRowReturned(statement: "INSERT INTO api_keys") }
        return key
    }

    private static func audit(_ actor: AuditLog.Actor, action: String, key: APIKey) -> AuditEntry {
        var details = ["prefix": key.prefix, "role": key.role.rawValue, "tenant": key.tenant ?? "", "entities": key.entities.joined(separator: ",")]
        if let expires = key.expiresAt { details["expires_at"] = expires.formatted(.iso8601) }
        return AuditEntry(actor, action: action, target: "key:\(key.id)", details: details)
    }

    private static func keys(_ rows: PostgresRowSequence) async throws -> [APIKey] {
        var keys: [APIKey] = []
        for try await row in rows.decode(Row.self) { keys.append(Self.key(row)) }
        return keys
    }

    private static func key(_ row: Row) -> APIKey {
        let (id, prefix, role, tenant, entities, label, created, revoked, expires, used, replaces) = row
        var key = APIKey(
            id: id,
            prefix: prefix,
            role: role,
            tenant: tenant,
            entities: entities,
            label: label,
            createdAt: created,
            revokedAt: revoked
        )
        key.expiresAt = expires
        key.lastUsedAt = used
        key.replacesID = replaces
        return key
    }
}

extension APIKeyRepository {
    /// Whether tenant `id` exists.
    public func tenantExists(_ id: String, logger: Logger) async throws -> Bool {
        for try await _ in try await self.client.query("SELECT 1 FROM tenants WHERE id = \(id)", logger: logger) { return true }
        return false
    }
}
