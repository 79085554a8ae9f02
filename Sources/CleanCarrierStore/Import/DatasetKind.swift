/// The kinds of dataset the store keeps, with their file format names.
public enum DatasetKind: String, Sendable, Codable, CaseIterable {
    case registry
    case rirDelegated = "rir-delegated"
    case asRelationships = "as-rel"
    case interconnects
    case observedPaths = "observed-paths"

    /// The file format this kind is read from.
    public var format: String {
        switch self {
        case .registry: "registry-yaml"
        case .rirDelegated: "rir-delegated-extended"
        case .asRelationships: "caida-as-rel"
        case .interconnects: "interconnects-csv"
        case .observedPaths: "bgpdump-m"
        }
    }
}
