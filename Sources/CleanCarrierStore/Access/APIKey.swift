public import Foundation

/// An API key as the store keeps it: its public prefix, role and bindings; never the secret.
public struct APIKey: Sendable, Hashable {
    /// What a key may do.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable {
        /// Reads everything, uploads for any tenant, runs evaluations, manages designations.
        case regulator
        /// Uploads and reads its own entities' data and findings only.
        case telco
        /// Manages keys and tenants.
        case admin
    }

    public var id: Int64
    /// The public part of the key (`cck_<prefix>_...`), shown in listings and the audit log.
    public var prefix: String
    public var role: Role
    /// The tenant a telco key uploads for.
    public var tenant: String?
    /// The entities a telco key is bound to.
    public var entities: [String]
    public var label: String?
    public var createdAt: Date
    public var revokedAt: Date?
    /// After this the key no longer authenticates.
    public var expiresAt: Date?
    /// When the key last authenticated a request (recorded at most once a minute).
    public var lastUsedAt: Date?
    /// The key this one was rotated from.
    public var replacesID: Int64?

    public init(
        id: Int64,
        prefix: String,
        role: Role,
        tenant: String?,
        entities: [String],
        label: String?,
        createdAt: Date,
        revokedAt: Date?
    ) {
        self.id = id
        self.prefix = prefix
        self.role = role
        self.tenant = tenant
        self.entities = entities
        self.label = label
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}
