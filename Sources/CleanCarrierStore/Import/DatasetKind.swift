public import CleanCarrierCore

/// The kinds of dataset the store keeps, with their file format names.
public enum DatasetKind: String, Sendable, Codable, CaseIterable {
    case registry
    case rirDelegated = "rir-delegated"
    case asNames = "as-names"
    case asRelationships = "as-rel"
    case interconnects
    case observedPaths = "observed-paths"

    /// The file format this kind is read from.
    public var format: String {
        switch self {
        case .registry: "registry-yaml"
        case .rirDelegated: "rir-delegated-extended"
        case .asNames: "potaroo-asnames"
        case .asRelationships: "caida-as-rel"
        case .interconnects: "interconnects-csv"
        case .observedPaths: "bgpdump-m"
        }
    }
}

extension DatasetKind {
    /// The character encoding files of this kind are written in: UTF-8, except the AS-names list (Latin-1).
    public var encoding: TextEncoding {
        switch self {
        case .asNames: .latin1
        default: .utf8
        }
    }
}
