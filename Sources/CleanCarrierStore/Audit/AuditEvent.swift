public import Foundation

/// One entry of the audit log: who did what to which thing, and when.
public struct AuditEvent: Sendable, Hashable {
    public var id: Int64
    public var at: Date
    /// The key prefix, or `cli` for the command line.
    public var actor: String
    public var role: String?
    public var tenant: String?
    /// What was done, e.g. `upload.interconnects`, `designation.create`, `key.revoke`.
    public var action: String
    /// What it was done to, e.g. `dataset:12`.
    public var target: String
    /// The details as a JSON object.
    public var details: String

    public init(id: Int64, at: Date, actor: String, role: String?, tenant: String?, action: String, target: String, details: String) {
        self.id = id
        self.at = at
        self.actor = actor
        self.role = role
        self.tenant = tenant
        self.action = action
        self.target = target
        self.details = details
    }
}
