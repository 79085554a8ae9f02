/// Everything an evaluation reads, loaded whole from the store (or from files): the inputs of a pure function.
public struct Snapshot: Sendable {
    /// One loaded dataset, as evidence refers to it.
    public struct DatasetRef: Hashable, Sendable, Codable {
        public var id: Int64
        public var kind: String
        public var file: String
        public var sha256: String

        public init(id: Int64, kind: String, file: String, sha256: String) {
            self.id = id
            self.kind = kind
            self.file = file
            self.sha256 = sha256
        }
    }

    public var asOf: Day
    public var registry: Registry
    /// The registry's dataset: its id is the registry version.
    public var registryDataset: DatasetRef?
    public var registrations: [ASN: ASNRegistration]
    public var registrationsDataset: DatasetRef?
    /// Published AS names (potaroo), for naming networks the registry does not know.
    public var asNames: [ASN: ASName]
    /// Inferred AS relationships, with the dataset each came from.
    public var asRelationships: [(dataset: DatasetRef, links: [ASLink])]
    public var interconnects: [Interconnect]
    /// AS paths seen by route collectors, with the dataset each came from.
    public var observedPaths: [(dataset: DatasetRef, paths: [ObservedPath])] = []
    /// Every voice route of the active route tables, in force on `asOf` or not; each names its dataset.
    public var voiceRoutes: [VoiceRoute]
    /// Number ranges in the order they are indexed: where two share a prefix, the later wins.
    public var numberRanges: [NumberRange]
    /// Networks present at exchanges and facilities (PeeringDB), one entry per record.
    public var presences: [Presence]
    /// The carriers' declared equipment inventories (all tenants), in dataset and line order.
    public var equipment: [EquipmentElement] = []
    /// Every dataset read, in id order.
    public var datasets: [DatasetRef]
    /// The submarine cable map (systems, landing points, landing parties), when one is loaded.
    public var cables: CableMap?
    /// Telcos' declared circuits on cables, each naming its dataset.
    public var circuits: [DeclaredCircuit] = []

    public init(
        asOf: Day,
        registry: Registry,
        registryDataset: DatasetRef? = nil,
        registrations: [ASN: ASNRegistration] = [:],
        registrationsDataset: DatasetRef? = nil,
        asNames: [ASN: ASName] = [:],
        asRelationships: [(dataset: DatasetRef, links: [ASLink])] = [],
        interconnects: [Interconnect] = [],
        voiceRoutes: [VoiceRoute] = [],
        numberRanges: [NumberRange] = [],
        presences: [Presence] = [],
        datasets: [DatasetRef] = []
    ) {
        self.asOf = asOf
        self.registry = registry
        self.registryDataset = registryDataset
        self.registrations = registrations
        self.registrationsDataset = registrationsDataset
        self.asNames = asNames
        self.asRelationships = asRelationships
        self.interconnects = interconnects
        self.voiceRoutes = voiceRoutes
        self.numberRanges = numberRanges
        self.presences = presences
        self.datasets = datasets
    }
}
