public import CleanCarrierCore
import Foundation

/// CC-2 exposure per destination, and what-if runs: how many networks of a country reach each destination through an
/// untrusted AS, as given, or only the destinations whose reach, exposure or carriers change when links are taken out
/// or ASes designated. What `cleancarrier exposure` prints.
public struct ExposureAnalysis: Sendable {
    /// Which destinations to sweep.
    public enum Destinations: Sendable, Hashable {
        case all
        case asns([ASN])
        /// Every AS registered in the country (by the country table).
        case country(String)
    }

    /// The changes a what-if run makes to the graph and the untrusted set.
    public struct WhatIf: Sendable {
        public var removedLinks: [(ASN, ASN)]
        public var designated: Set<ASN>

        public init(removedLinks: [(ASN, ASN)] = [], designated: Set<ASN> = []) {
            self.removedLinks = removedLinks
            self.designated = designated
        }

        /// Whether it changes anything at all.
        public var isEmpty: Bool { self.removedLinks.isEmpty && self.designated.isEmpty }
    }

    /// What a run found.
    public enum Result: Sendable {
        /// Every destination's exposure (no what-if).
        case exposures([DestinationExposure])
        /// The destinations the what-if changes, before and after.
        case changes([ExposureChange])
    }

    public let graph: ASGraph
    public let untrusted: Set<ASN>
    /// The sources' country; `nil` (or no country table) makes every AS a source.
    public let sourceCountry: String?
    public let countries: ASCountryTable?
    public let workers: Int

    public init(
        graph: ASGraph,
        untrusted: Set<ASN>,
        countries: ASCountryTable?,
        sourceCountry: String,
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.graph = graph
        self.untrusted = untrusted
        self.countries = countries
        self.sourceCountry = countries == nil ? nil : sourceCountry
        self.workers = workers
    }

    /// Sweeps `destinations`, and again under `whatIf` when it changes anything.
    /// - Parameter progress: told `(label, done, total)` as destinations finish; the label is `exposure` or `what-if`.
    public func run(
        destinations: Destinations,
        whatIf: WhatIf = WhatIf(),
        progress: @escaping @Sendable (String, Int, Int) -> Void = { _, _, _ in }
    ) async throws -> Result {
        let query = self.query(graph: self.graph, untrusted: self.untrusted)
        let targets = try self.ids(of: destinations, query: query)
        let baseline = await self.sweep(query, targets, label: "exposure", progress: progress)
        guard !whatIf.isEmpty else { return .exposures(baseline) }
        let changedGraph = try self.graph.removing(links: whatIf.removedLinks)
        let changed = self.query(graph: changedGraph, untrusted: self.untrusted.union(whatIf.designated))
        let changedTargets = targets.compactMap { changedGraph.id(of: self.graph.asns[$0]) }
        return .changes(ExposureChange.changes(from: baseline, to: await self.sweep(changed, changedTargets, label: "what-if", progress: progress)))
    }

    /// The number of source networks (of `sourceCountry`, or all).
    public var sourceCount: Int { self.query(graph: self.graph, untrusted: self.untrusted).sourceCount }

    private func query(graph: ASGraph, untrusted: Set<ASN>) -> ExposureQuery {
        let countries = self.countries
        return ExposureQuery(graph: graph, untrusted: untrusted, sourceCountry: self.sourceCountry, country: { countries?.country(of: $0) })
    }

    private func sweep(
        _ query: ExposureQuery,
        _ targets: [Int],
        label: String,
        progress: @escaping @Sendable (String, Int, Int) -> Void
    ) async -> [DestinationExposure] {
        await ExposureSweep(query: query, workers: self.workers).run(destinations: targets) { done, total in progress(label, done, total) }
    }

    private func ids(of destinations: Destinations, query: ExposureQuery) throws -> [Int] {
        switch destinations {
        case .all: return Array(0..<self.graph.count)
        case .country(let code): return (0..<self.graph.count).filter { query.country(ofID: $0) == code }
        case .asns(let asns):
            return try asns.map { asn in
                guard let id = self.graph.id(of: asn) else {
                    throw RequestRefusal.invalid(field: "destinations", reason: "\(asn) is not in the graph")
                }
                return id
            }
        }
    }
}
