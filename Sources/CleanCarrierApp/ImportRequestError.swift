public import CleanCarrierStore

/// An import asked for something that cannot be done.
public enum ImportRequestError: Error, Sendable, CustomStringConvertible {
    /// A tenant was named for a kind that is not uploaded per tenant.
    case tenantNotApplicable(DatasetKind)

    public var description: String {
        switch self {
        case .tenantNotApplicable(let kind):
            "a tenant applies to \(ImportService.tenantKinds.map(\.rawValue).sorted().joined(separator: " and ")) only, not to \(kind.rawValue)"
        }
    }
}
