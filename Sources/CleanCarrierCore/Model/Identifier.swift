/// A name a network or carrier is known by, held by an entity over a period.
public struct Identifier: Hashable, Sendable, Codable {
    /// The namespaces identifiers come from.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case asn
        /// ITU-T international signalling point code, e.g. `4-120-0`.
        case ispc
        case ituCarrierCode = "itu-carrier-code"
        case mccMnc = "mcc-mnc"
        case fccFrn = "fcc-frn"
        case peeringdbNet = "peeringdb-net"
        /// An E.164 number range, as its digit prefix.
        case e164Range = "e164-range"
    }

    /// How sure the registry is that the holder holds the identifier.
    public enum Confidence: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        /// Confirmed by an authoritative public record.
        case verified
        /// From a registry's own data (an RIR's statistics, the ITU list).
        case registry
        /// Matched by name only: to be reviewed.
        case inferredByName = "inferred-by-name"

        var rank: Int {
            switch self {
            case .verified: 2
            case .registry: 1
            case .inferredByName: 0
            }
        }

        public static func < (lhs: Confidence, rhs: Confidence) -> Bool { lhs.rank < rhs.rank }
    }

    public var kind: Kind
    /// The identifier in its canonical text form (`4134` for an ASN).
    public var value: String
    public var holder: EntityID
    public var validity: Validity
    public var source: String
    public var confidence: Confidence

    public init(kind: Kind, value: String, holder: EntityID, validity: Validity = .always, source: String, confidence: Confidence) {
        self.kind = kind
        self.value = value
        self.holder = holder
        self.validity = validity
        self.source = source
        self.confidence = confidence
    }
}
