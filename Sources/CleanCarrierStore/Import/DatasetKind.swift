public import CleanCarrierCore

/// The kinds of dataset the store keeps, with their file format names.
public enum DatasetKind: String, Sendable, Codable, CaseIterable {
    case registry
    case rirDelegated = "rir-delegated"
    case asNames = "as-names"
    case asRelationships = "as-rel"
    case interconnects
    case observedPaths = "observed-paths"
    /// A carrier's voice route tables, uploaded per tenant.
    case voiceRoutes = "voice-routes"
    /// E.164 number ranges: libphonenumber's carrier table or an operator CSV (kept side by side, scope = format).
    case numberRanges = "number-ranges"
    case peeringDB = "peeringdb"
    /// A carrier's equipment inventory, uploaded per tenant.
    case equipment
    /// A submarine cable map: TeleGeography's API v3 folder, read unchanged.
    case cables
    /// A telco's declared circuits on cables (CSV), uploaded per tenant.
    case cableCircuits = "cable-circuits"

    /// The file format this kind is read from.
    public var format: String {
        switch self {
        case .registry: "registry-yaml"
        case .rirDelegated: "rir-delegated-extended"
        case .asNames: "potaroo-asnames"
        case .asRelationships: "caida-as-rel"
        case .interconnects: "interconnects-csv"
        case .observedPaths: "bgpdump-m"
        case .voiceRoutes: "voice-routes-csv"
        case .numberRanges: NumberRangeReader.Format.operatorCSV.rawValue
        case .peeringDB: "peeringdb-json"
        case .equipment: "equipment-csv"
        case .cables: "submarinecablemap-v3"
        case .cableCircuits: "cable-circuits-csv"
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
