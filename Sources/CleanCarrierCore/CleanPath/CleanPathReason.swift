/// One reason a path or a carrier is not clean, or cannot be called clean: the hop, the carrier or element, the record
/// and the trust chain.
public struct CleanPathReason: Hashable, Sendable, Codable {
    /// What the reason is.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// The hop's carrier is untrusted (not clean).
        case untrustedCarrier = "untrusted-carrier"
        /// The hop's network has an untrusted vendor's element in service that the path uses (not clean).
        case untrustedEquipment = "untrusted-equipment"
        /// The hop's carrier declared no equipment inventory (unknown).
        case noInventory = "no-inventory"
        /// There is no path to judge (unknown).
        case noPath = "no-path"

        /// The verdict this reason alone leads to.
        public var verdict: CleanPathVerdict {
            switch self {
            case .untrustedCarrier, .untrustedEquipment: .notClean
            case .noInventory, .noPath: .unknown
            }
        }
    }

    public var kind: Kind
    /// The hop's place on the branch (0 for the source); `nil` for a carrier's own status.
    public var hop: Int?
    /// The hop's network or carrier.
    public var party: Party?
    /// The element of untrusted equipment, with the record (dataset, file, line) it was declared in.
    public var element: EquipmentElement?
    /// The element's vendor.
    public var vendor: Party?
    /// Why the carrier or vendor is untrusted, one chain per designation.
    public var trustChains: [String]
    /// One sentence a regulator can read.
    public var summary: String

    public init(
        kind: Kind,
        hop: Int? = nil,
        party: Party? = nil,
        element: EquipmentElement? = nil,
        vendor: Party? = nil,
        trustChains: [String] = [],
        summary: String
    ) {
        self.kind = kind
        self.hop = hop
        self.party = party
        self.element = element
        self.vendor = vendor
        self.trustChains = trustChains
        self.summary = summary
    }
}
