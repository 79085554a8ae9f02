public import CleanCarrierCore
public import Foundation

/// A dataset's row: what was uploaded, by whom, when, and what became of it.
public struct DatasetRecord: Sendable, Hashable {
    public var id: Int64
    public var kind: DatasetKind
    public var format: String
    public var tenant: String?
    public var scope: String
    public var fileName: String
    public var sha256: String
    public var rows: Int
    public var asOf: Day?
    public var receivedAt: Date
    public var status: DatasetStatus
    /// Why it was rejected: the first `InputErrors.kept` errors.
    public var errors: [InputError]
    /// How many errors rejected it in all.
    public var errorCount = 0

    public init(
        id: Int64,
        kind: DatasetKind,
        format: String,
        tenant: String?,
        scope: String,
        fileName: String,
        sha256: String,
        rows: Int,
        asOf: Day?,
        receivedAt: Date,
        status: DatasetStatus,
        errors: [InputError]
    ) {
        self.id = id
        self.kind = kind
        self.format = format
        self.tenant = tenant
        self.scope = scope
        self.fileName = fileName
        self.sha256 = sha256
        self.rows = rows
        self.asOf = asOf
        self.receivedAt = receivedAt
        self.status = status
        self.errors = errors
    }
}
