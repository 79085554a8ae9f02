/// Why a finding holds: the hops of the path, the records behind them, and the trust chains of the untrusted hops.
public struct Evidence: Hashable, Sendable, Codable {
    /// How a record knows what it says.
    public enum Basis: String, Hashable, Sendable, Codable {
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

        public init(basis: Basis, origin: RecordOrigin, detail: String) {
            self.basis = basis
            self.origin = origin
            self.detail = detail
        }
    }

    /// The path, from the subject to the untrusted party (or beyond).
    public var hops: [Party]
    public var records: [Record]
    /// Each untrusted hop's trust chains, rendered, e.g.
    /// `AS4809 → China Telecom Corporation Limited → (owned 70.9% by) China Telecommunications Corporation → Clean Carrier listing 2020-08-05`.
    public var trustChains: [String]

    public init(hops: [Party], records: [Record], trustChains: [String]) {
        self.hops = hops
        self.records = records
        self.trustChains = trustChains
    }
}
