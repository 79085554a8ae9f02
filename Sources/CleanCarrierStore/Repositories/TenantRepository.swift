public import Logging
public import PostgresNIO

/// The tenants: the telcos whose uploads and keys are kept apart from each other's.
public struct TenantRepository: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Makes sure tenant `id` exists, creating it (named after its id) when it does not.
    /// - Returns: `true` when the tenant was created by this call.
    @discardableResult
    public func ensure(_ id: String, logger: Logger) async throws -> Bool {
        try await self.client.withConnection { try await Self.ensure(id, on: $0, logger: logger) }
    }

    /// Makes sure tenant `id` exists on a connection (inside the caller's transaction).
    /// - Returns: `true` when the tenant was created by this call.
    @discardableResult
    public static func ensure(_ id: String, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        let rows = try await connection.query(
            "INSERT INTO tenants (id, name) VALUES (\(id), \(id)) ON CONFLICT (id) DO NOTHING RETURNING id",
            logger: logger
        )
        for try await _ in rows { return true }
        return false
    }
}
