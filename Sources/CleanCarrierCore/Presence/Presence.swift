/// A network present at a facility or an internet exchange: one PeeringDB `netfac` or `netixlan` record.
public struct Presence: Hashable, Sendable, Codable {
    /// Where a network can be present.
    public enum PlaceKind: String, Hashable, Sendable, Codable, CaseIterable {
        /// An internet exchange (PeeringDB `ix`, membership through `netixlan`).
        case exchange = "ix"
        /// A colocation facility (PeeringDB `fac`, presence through `netfac`).
        case facility = "fac"

        /// The PeeringDB object type of a presence at this kind of place.
        public var recordType: String { self == .exchange ? "netixlan" : "netfac" }

        /// `exchange` or `facility`.
        public var noun: String { self == .exchange ? "exchange" : "facility" }
    }

    /// The exchange or facility.
    public struct Place: Hashable, Sendable, Codable {
        public var kind: PlaceKind
        /// The PeeringDB id of the `ix` or `fac`.
        public var id: Int64
        public var name: String?
        public var city: String?
        /// ISO 3166-1 alpha-2.
        public var country: String?

        public init(kind: PlaceKind, id: Int64, name: String?, city: String?, country: String?) {
            self.kind = kind
            self.id = id
            self.name = name
            self.city = city
            self.country = country
        }

        /// How findings name the place: `ix:17` or `fac:34`.
        public var ref: String { "\(self.kind.rawValue):\(self.id)" }
    }

    /// The network's AS number.
    public var asn: ASN
    /// The PeeringDB id of the network (`net`).
    public var networkID: Int64
    public var place: Place
    /// Whether the network peers with the exchange's route servers (`netixlan.is_rs_peer`), when known.
    public var routeServerPeer: Bool?
    /// The PeeringDB id of the `netixlan` or `netfac` record.
    public var recordID: Int64
    /// Where the record came from (file and object, e.g. `netixlan[0] id 1310`).
    public var origin: RecordOrigin

    public init(asn: ASN, networkID: Int64, place: Place, routeServerPeer: Bool?, recordID: Int64, origin: RecordOrigin) {
        self.asn = asn
        self.networkID = networkID
        self.place = place
        self.routeServerPeer = routeServerPeer
        self.recordID = recordID
        self.origin = origin
    }
}
