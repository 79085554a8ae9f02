import Foundation
public import Logging
public import PostgresNIO

/// One audit event to append in the same transaction as the change it records, so that a change is never committed
/// unaudited and an audit event never names a change that was rolled back.
public struct AuditEntry: Sendable, Hashable {
    public var actor: AuditLog.Actor
    /// e.g. `upload.interconnects`, `designation.create`, `key.revoke`, `evaluation.queue`.
    public var action: String
    /// e.g. `dataset:12`, `designation:fcc-2022-ct`, `key:3`.
    public var target: String
    public var details: [String: String]

    public init(_ actor: AuditLog.Actor, action: String, target: String, details: [String: String] = [:]) {
        self.actor = actor
        self.action = action
        self.target = target
        self.details = details
    }

    /// Appends the entry on `connection`, inside the caller's transaction.
    public func write(on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query(self.insert, logger: logger)
        logger.info("Audit", metadata: ["audit.action": "\(self.action)", "audit.target": "\(self.target)", "audit.actor": "\(self.actor.name)"])
    }

    /// The `INSERT` that appends the entry.
    var insert: PostgresQuery {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: (try? encoder.encode(self.details)) ?? Data("{}".utf8), as: UTF8.self)
        return """
            INSERT INTO audit_log (actor, role, tenant_id, action, target, details)
            VALUES (\(self.actor.name), \(self.actor.role), \(self.actor.tenant), \(self.action), \(self.target), \(json)::jsonb)
            """
    }
}
