/// The objects of one PeeringDB file that presence checks use: organisations, networks, exchanges and facilities,
/// and the presences (`netixlan`, `netfac`) that tie networks to places.
public struct PeeringDBData: Sendable {
    /// A PeeringDB `org`.
    public struct Organization: Hashable, Sendable {
        public var id: Int64
        public var name: String
        public var country: String?
        public var object: String
    }

    /// A PeeringDB `net`.
    public struct Network: Hashable, Sendable {
        public var id: Int64
        public var organizationID: Int64?
        public var asn: ASN
        public var name: String
        public var object: String
    }

    /// A PeeringDB `ix` or `fac`, with the organisation that runs it.
    public struct Place: Hashable, Sendable {
        public var place: Presence.Place
        public var organizationID: Int64?
        public var object: String
    }

    public var organizations: [Organization] = []
    public var networks: [Network] = []
    public var places: [Place] = []
    public var presences: [Presence] = []
    /// The object types the file holds, in `PeeringDBReader.types` order.
    public var types: [String] = []

    /// The number of objects read.
    public var count: Int { self.organizations.count + self.networks.count + self.places.count + self.presences.count }
}
