public import CleanCarrierStore

/// An import asked for something that cannot be done.
public enum ImportRequestError: Error, Sendable, CustomStringConvertible {
    /// A tenant was named for a kind that is not uploaded per tenant.
    case tenantNotApplicable(DatasetKind)
    /// A kind read from a folder (cable maps) was given as one file's bytes.
    case folderKind(DatasetKind)

    public var description: String {
        switch self {
        case .tenantNotApplicable(let kind):
            "a tenant applies to \(ImportService.tenantKinds.map(\.rawValue).sorted().joined(separator: ", ")) only, not to \(kind.rawValue)"
        case .folderKind(let kind): "\(kind.rawValue) is imported from a folder (importFiles), not from one file's bytes"
        }
    }
}
