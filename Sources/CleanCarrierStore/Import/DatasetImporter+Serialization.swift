import CleanCarrierCore
import Logging
import PostgresNIO

extension DatasetImporter {
    /// Inside an import's transaction: waits until no other import of the same kind, tenant and scope is running, and
    /// keeps them out until this one commits or rolls back (a transaction-scoped advisory lock). Concurrent uploads of
    /// one kind for one tenant thus supersede one another in turn instead of racing on the one-active index.
    static func serialize(kind: DatasetKind, tenant: String?, scope: String, on connection: PostgresConnection, logger: Logger) async throws {
        let name = "dataset-import:\(kind.rawValue):\(tenant ?? ""):\(scope)"
        try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\(name), 0))", logger: logger)
    }
}
