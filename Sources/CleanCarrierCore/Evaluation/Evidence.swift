/// Why a finding holds: the hops of the path, the records behind them, and the trust chains of the untrusted hops.
public struct Evidence: Hashable, Sendable, Codable {
    /// How a record knows what it says.
    public enum Basis: String, Hashable, Sendable, Codable, CaseIterable {
        /// Stated by a telco in an upload.
        case declared
        /// Inferred from public data (e.g. CAIDA relationships).
        case inferred
        /// Seen in route-collector paths.
        case observed
    }

    /// One record behind a hop or link.
    public struct Record: Hashable, Sendable, Codable {
        public var basis: Basis
        public var origin: RecordOrigin
        /// What the record says, e.g. `AS174 is a provider of AS4134`.
        public var detail: String
        /// The path edge the record stands behind, from `hops[hop]` to `hops[hop + 1]`; `nil` for a path of one edge,
        /// or a record about the path as a whole.
        public var hop: Int?

        public init(basis: Basis, origin: RecordOrigin, detail: String, hop: Int? = nil) {
            self.basis = basis
            self.origin = origin
            self.detail = detail
            self.hop = hop
        }
    }

    /// The path, from the subject to the untrusted party (or beyond).
    public var hops: [Party]
    public var records: [Record]
    /// A place on the map the finding is about (a cable's landing point), for reports to draw.
    public struct Place: Hashable, Sendable, Codable {
        public var ref: String
        public var name: String
        public var country: String
        public var latitude: Double?
        public var longitude: Double?

        public init(ref: String, name: String, country: String, latitude: Double?, longitude: Double?) {
            self.ref = ref
            self.name = name
            self.country = country
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    /// Each untrusted hop's trust chains, rendered, e.g.
    /// `AS4809 → China Telecom Corporation Limited → (owned 70.9% by) China Telecommunications Corporation → Clean Carrier listing 2020-08-05`.
    public var trustChains: [String]
    /// The places the finding is about, in order (a cable's landing points); `nil` for findings without places.
    public var places: [Place]?

    public init(hops: [Party], records: [Record], trustChains: [String], places: [Place]? = nil) {
        self.hops = hops
        self.records = records
        self.trustChains = trustChains
        self.places = places
    }

    /// The records behind the edge from `hops[edge]` to `hops[edge + 1]` (on a path of one edge, every record).
    public func records(onEdge edge: Int) -> [Record] {
        self.records.filter { ($0.hop ?? (self.hops.count == 2 ? 0 : nil)) == edge }
    }
}
