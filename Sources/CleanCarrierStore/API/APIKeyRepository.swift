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

    private static let columns = "id, prefix, role, tenant_id, entity_ids, label, created_at, revoked_at"

    /// Makes a key; a telco key's tenant is created when it does not exist yet.
    /// - Returns: the key and its secret, which is not kept anywhere: show it once.
    public func create(role: APIKey.Role, tenant: String?, entities: [String], label: String?, logger: Logger) async throws -> (APIKey, APIKeySecret) {
        switch role {
        case .telco: guard tenant != nil, !entities.isEmpty else { throw Refusal.telcoNeedsTenantAndEntities }
        case .regulator, .admin: guard tenant == nil, entities.isEmpty else { throw Refusal.bindingsOnlyForTelco }
        }
        let secret = APIKeySecret.generate()
        let key = try await self.client.withTransaction(logger: logger) { connection -> APIKey? in
            if let tenant {
                try await TenantRepository.ensure(tenant, on: connection, logger: logger)
            }
            let rows = try await connection.query(
                """
                INSERT INTO api_keys (prefix, sha256, role, tenant_id, entity_ids, label)
                VALUES (\(secret.prefix), \(secret.sha256), \(role.rawValue), \(tenant), \(entities), \(label))
                RETURNING \(unescaped: Self.columns)
                """, logger: logger)
            return try await Self.keys(rows).first
        }
        guard let key else { throw NoRowReturned(statement: "INSERT INTO api_keys") }
        return (key, secret)
    }

    /// Every key, newest first.
    public func list(logger: Logger) async throws -> [APIKey] {
        try await Self.keys(try await self.client.query("SELECT \(unescaped: Self.columns) FROM api_keys ORDER BY id DESC", logger: logger))
    }

    /// Revokes key `id` (revoking twice keeps the first time).
    /// - Returns: the key, or `nil` when there is none.
    public func revoke(id: Int64, logger: Logger) async throws -> APIKey? {
        let rows = try await self.client.query(
            "UPDATE api_keys SET revoked_at = coalesce(revoked_at, now()) WHERE id = \(id) RETURNING \(unescaped: Self.columns)", logger: logger)
        return try await Self.keys(rows).first
    }

    /// The live key a client's bearer token belongs to: `nil` when it is malformed, unknown or revoked.
    public func authenticate(_ token: String, logger: Logger) async throws -> APIKey? {
        guard let secret = APIKeySecret(parsing: token) else { return nil }
        let rows = try await self.client.query(
            "SELECT \(unescaped: Self.columns), sha256 FROM api_keys WHERE prefix = \(secret.prefix) AND revoked_at IS NULL", logger: logger)
        for try await (id, prefix, role, tenant, entities, label, created, revoked, hash) in rows.decode(
            (Int64, String, String, String?, [String], String?, Date, Date?, String).self) where secret.matches(sha256: hash)
        {
            return Self.key(id, prefix, role, tenant, entities, label, created, revoked)
        }
        return nil
    }

    private static func keys(_ rows: PostgresRowSequence) async throws -> [APIKey] {
        var keys: [APIKey] = []
        for try await (id, prefix, role, tenant, entities, label, created, revoked) in rows.decode(
            (Int64, String, String, String?, [String], String?, Date, Date?).self)
        {
            keys.append(Self.key(id, prefix, role, tenant, entities, label, created, revoked))
        }
        return keys
    }

    private static func key(
        _ id: Int64, _ prefix: String, _ role: String, _ tenant: String?, _ entities: [String], _ label: String?, _ created: Date, _ revoked: Date?
    ) -> APIKey {
        APIKey(
            id: id, prefix: prefix, role: APIKey.Role(rawValue: role) ?? .telco, tenant: tenant, entities: entities, label: label,
            createdAt: created, revokedAt: revoked)
    }
}

extension APIKeyRepository {
    /// Whether tenant `id` exists.
    public func tenantExists(_ id: String, logger: Logger) async throws -> Bool {
        for try await _ in try await self.client.query("SELECT 1 FROM tenants WHERE id = \(id)", logger: logger) { return true }
        return false
    }
}
