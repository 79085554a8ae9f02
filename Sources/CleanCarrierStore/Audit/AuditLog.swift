import Foundation
public import Logging
public import PostgresNIO

/// Records uploads, designation changes and key changes, and reads them back.
public struct AuditLog: Sendable {
    /// Who acts: a key, or the command line.
    public struct Actor: Sendable, Hashable {
        public var name: String
        public var role: String?
        public var tenant: String?

        public init(name: String, role: String?, tenant: String?) {
            self.name = name
            self.role = role
            self.tenant = tenant
        }

        /// The command line, run by whoever can reach the database.
        public static let commandLine = Actor(name: "cli", role: nil, tenant: nil)
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Appends an event on its own, for what changes nothing else (a refused authentication); a change is audited by
    /// its own transaction instead (`AuditEntry.write(on:logger:)`).
    /// - Parameter details: string values, stored as a JSON object.
    public func record(_ actor: Actor, action: String, target: String, details: [String: String] = [:], logger: Logger) async throws {
        let entry = AuditEntry(actor, action: action, target: target, details: details)
        try await self.client.query(entry.insert, logger: logger)
        logger.info("Audit", metadata: ["audit.action": "\(action)", "audit.target": "\(target)", "audit.actor": "\(actor.name)"])
    }

    /// Up to `limit` events older than event `before`, newest first.
    public func page(limit: Int, before: Int64?, logger: Logger) async throws -> [AuditEvent] {
        let rows = try await self.client.query(
            """
            SELECT id, at, actor, role, tenant_id, action, target, details::text FROM audit_log
            WHERE \(before)::bigint IS NULL OR id < \(before) ORDER BY id DESC LIMIT \(limit)
            """,
            logger: logger
        )
        var events: [AuditEvent] = []
        for try await (id, at, actor, role, tenant, action, target, details) in rows.decode(
            (Int64, Date, String, String?, String?, String, String, String).self
        ) {
            events.append(AuditEvent(id: id, at: at, actor: actor, role: role, tenant: tenant, action: action, target: target, details: details))
        }
        return events
    }
}
