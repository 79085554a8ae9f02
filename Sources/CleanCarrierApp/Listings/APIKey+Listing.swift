public import CleanCarrierStore
import Foundation

extension APIKey: TabularListing {
    public static let columns = ["id", "prefix", "role", "tenant", "entities", "label", "created", "expires", "last_used", "state"]

    /// Never the secret, which is not stored.
    public var cells: [String] {
        [
            "\(self.id)", self.prefix, self.role.rawValue, self.tenant ?? "-", self.entities.isEmpty ? "-" : self.entities.joined(separator: ","),
            self.label ?? "-", self.createdAt.formatted(.iso8601), self.expiresAt?.formatted(.iso8601) ?? "-",
            self.lastUsedAt?.formatted(.iso8601) ?? "-", self.revokedAt.map { "revoked \($0.formatted(.iso8601))" } ?? "active",
        ]
    }
}
