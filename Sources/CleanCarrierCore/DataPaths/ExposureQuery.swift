/// What an exposure sweep asks: which ASes are untrusted, and which ASes count as sources (one country's networks).
///
/// Built once and shared, read-only, by every worker of a sweep.
public struct ExposureQuery: Sendable {
    /// The graph routes are computed on.
    public let graph: ASGraph
    /// The country whose networks are the sources (e.g. `US`), or `nil` when every AS is a source.
    public let sourceCountry: String?
    /// Per dense id: whether the AS is untrusted.
    let isUntrusted: [Bool]
    /// Per dense id: whether the AS is a source.
    let isSource: [Bool]
    /// The ids of sources, ascending.
    let sourceIDs: [Int32]
    /// Per source (as in ``sourceIDs``): its provider when that is its only neighbour (``ASGraph/soleProvider(of:)``), else -1. Such a
    /// source's route is its provider's, whenever the provider has one.
    let soleProviderOfSource: [Int32]
    /// The ids of untrusted ASes present in the graph, ascending.
    let untrustedIDs: [Int32]
    /// Per dense id: the country code, when known.
    let countryByID: [String?]

    /// Prepares a query.
    /// - Parameters:
    ///   - graph: the AS graph.
    ///   - untrusted: the untrusted ASes (those absent from the graph are ignored).
    ///   - sourceCountry: the sources' country, or `nil` to count every AS as a source.
    ///   - country: the country of an AS, if known.
    public init(graph: ASGraph, untrusted: Set<ASN>, sourceCountry: String? = "US", country: (ASN) -> String?) {
        self.graph = graph
        self.sourceCountry = sourceCountry
        self.countryByID = graph.asns.map(country)
        let isUntrusted = graph.asns.map { untrusted.contains($0) }
        let isSource = self.countryByID.map { sourceCountry == nil || $0 == sourceCountry }
        self.isUntrusted = isUntrusted
        self.isSource = isSource
        self.sourceIDs = isSource.indices.filter { isSource[$0] }.map(Int32.init)
        self.soleProviderOfSource = self.sourceIDs.map { Int32(graph.soleProvider(of: Int($0)) ?? -1) }
        self.untrustedIDs = isUntrusted.indices.filter { isUntrusted[$0] }.map(Int32.init)
    }

    /// The number of source ASes in the graph.
    public var sourceCount: Int { self.sourceIDs.count }

    /// The country of an AS in the graph.
    /// - Parameter id: a dense AS id.
    /// - Returns: its country code, when known.
    public func country(ofID id: Int) -> String? { self.countryByID[id] }
}
