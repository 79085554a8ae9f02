/// One worker's reusable buffers for exposure: two propagators (full graph, and without untrusted ASes) and per-AS
/// counters. Analysing a destination allocates nothing beyond its result.
public struct ExposureWorkspace: Sendable {
    /// The query analysed.
    public let query: ExposureQuery
    private var routes: RoutePropagator
    private var avoiding: RoutePropagator
    /// Per id: the first untrusted AS on the route from that AS (itself included, the destination excluded), or -1.
    private var firstUntrusted: [Int32]
    /// Per id: the sources in that AS's subtree of the routing tree (itself included).
    private var sourcesBelow: [Int32]
    /// Per source (as in the query's source list): its next hop toward the last destination, or -1.
    private var sourceNextHop: [Int32]
    /// The exposed sources of the last analysed destination, ascending by id.
    public private(set) var exposedSourceIDs: [Int32] = []
    /// For each of ``exposedSourceIDs``, whether a route avoiding every untrusted AS exists.
    public private(set) var avoidable: [Bool] = []
    /// For each of ``exposedSourceIDs``, the first untrusted AS its route crosses (a dense id).
    public private(set) var exposedCarrierIDs: [Int32] = []
    /// For each of ``exposedSourceIDs``, its next hop toward the last destination (a dense id).
    public private(set) var exposedNextHopIDs: [Int32] = []
    /// The last analysed destination, or -1.
    private var destination = -1

    /// Creates a workspace.
    /// - Parameter query: the shared query.
    public init(query: ExposureQuery) {
        self.query = query
        self.routes = RoutePropagator(graph: query.graph)
        self.avoiding = RoutePropagator(graph: query.graph)
        self.firstUntrusted = [Int32](repeating: -1, count: query.graph.count)
        self.sourcesBelow = [Int32](repeating: 0, count: query.graph.count)
        self.sourceNextHop = [Int32](repeating: -1, count: query.sourceIDs.count)
    }

    /// The routes toward the last analysed destination, leaves left out (see ``RoutingTree/offeredRoute(to:in:)``).
    public var tree: RoutingTree { self.routes.tree }

    /// Counts how the sources reach one destination through untrusted ASes.
    /// - Parameter destination: the dense id of the destination AS.
    /// - Returns: the counts and the untrusted carriers.
    public mutating func analyze(destination: Int) -> DestinationExposure {
        // Leaves carry no one's traffic: propagate without them and resolve only the leaves that are sources.
        self.destination = destination
        self.routes.propagate(toward: destination, includingLeaves: false)
        let tree = self.routes.tree
        let graph = self.query.graph
        let isUntrusted = self.query.isUntrusted
        let isSource = self.query.isSource
        // Walk the tree once, each AS after its next hop, then once back for subtree counts.
        for id32 in tree.order {
            let id = Int(id32)
            self.sourcesBelow[id] = isSource[id] ? 1 : 0
            if id == destination {
                self.firstUntrusted[id] = -1
            } else {
                self.firstUntrusted[id] = isUntrusted[id] ? id32 : self.firstUntrusted[Int(tree.nextHop[id])]
            }
        }
        for (position, source32) in self.query.sourceIDs.enumerated() {
            let source = Int(source32)
            var hop = -1
            if source != destination {
                let provider = Int(self.query.soleProviderOfSource[position])
                if tree.relationship[source] != .none {
                    hop = Int(tree.nextHop[source])
                } else if provider >= 0 {
                    if tree.relationship[provider] != .none {
                        hop = provider
                        self.sourcesBelow[hop] += 1
                    }
                } else if graph.isLeaf(source), let offer = tree.offeredRoute(to: source, in: graph) {
                    hop = offer.nextHop
                    self.sourcesBelow[hop] += 1
                }
            }
            self.sourceNextHop[position] = Int32(hop)
        }
        for id32 in tree.order.reversed() where Int(id32) != destination {
            self.sourcesBelow[Int(tree.nextHop[Int(id32)])] += self.sourcesBelow[Int(id32)]
        }
        var reaching = 0
        self.exposedSourceIDs.removeAll(keepingCapacity: true)
        self.exposedCarrierIDs.removeAll(keepingCapacity: true)
        self.exposedNextHopIDs.removeAll(keepingCapacity: true)
        for (position, source32) in self.query.sourceIDs.enumerated() where self.sourceNextHop[position] >= 0 {
            reaching += 1
            let nextHop = self.sourceNextHop[position]
            let carrier = self.firstUntrusted[Int(nextHop)]
            if carrier >= 0 {
                self.exposedSourceIDs.append(source32)
                self.exposedCarrierIDs.append(carrier)
                self.exposedNextHopIDs.append(nextHop)
            }
        }
        var carriers = [DestinationExposure.Carrier]()
        for untrusted32 in self.query.untrustedIDs {
            let untrusted = Int(untrusted32)
            guard untrusted != destination, tree.relationship[untrusted] != .none else { continue }
            let crossing = Int(self.sourcesBelow[untrusted]) - (isSource[untrusted] ? 1 : 0)
            if crossing > 0 { carriers.append(.init(asn: graph.asns[untrusted], sources: crossing)) }
        }
        carriers.sort { ($0.sources, $1.asn) > ($1.sources, $0.asn) }
        self.markAvoidable(destination: destination)
        return DestinationExposure(
            destination: graph.asns[destination],
            country: self.query.country(ofID: destination),
            reachingSources: reaching,
            exposedSources: self.exposedSourceIDs.count,
            avoidableSources: self.avoidable.count { $0 },
            carriers: carriers
        )
    }

    /// The exposure of a single-homed stub of the last analysed destination (see ``ASGraph/soleProvider(of:)``), derived
    /// without propagating again: each source's route to the stub is its route to the provider, then the stub. The
    /// provider becomes an intermediate hop: when it is trusted, the stub's exposed sources are the provider's, with
    /// the same carriers and avoidability; when it is untrusted, every source reaching it is exposed, unavoidably.
    /// - Parameters:
    ///   - stub: the dense id of an AS whose sole provider is the last analysed destination.
    ///   - body: called for each exposed source, ascending, with its first untrusted carrier, its next hop and whether
    ///     a route avoiding every untrusted AS exists.
    public func forEachExposure(ofStub stub: Int, _ body: (_ source: Int32, _ carrier: Int32, _ nextHop: Int32, _ avoidable: Bool) -> Void) {
        let provider = self.destination
        precondition(provider >= 0 && self.query.graph.soleProvider(of: stub) == provider, "the stub's provider must be the last destination")
        if !self.query.isUntrusted[provider] {
            for index in self.exposedSourceIDs.indices where Int(self.exposedSourceIDs[index]) != stub {
                body(self.exposedSourceIDs[index], self.exposedCarrierIDs[index], self.exposedNextHopIDs[index], self.avoidable[index])
            }
            return
        }
        for (position, source) in self.query.sourceIDs.enumerated() where Int(source) != stub {
            let nextHop = self.sourceNextHop[position]
            guard nextHop >= 0 else { continue }
            let carrier = self.firstUntrusted[Int(nextHop)]
            body(source, carrier >= 0 ? carrier : Int32(provider), nextHop, false)
        }
    }

    /// Propagates again without the untrusted ASes (the destination kept) and tells, per exposed source, whether it
    /// still gets a route, i.e. whether a valley-free path avoiding every untrusted AS exists. A leaf, or an untrusted
    /// source (left out of the run), may use any route its neighbours offer.
    private mutating func markAvoidable(destination: Int) {
        self.avoidable.removeAll(keepingCapacity: true)
        guard !self.exposedSourceIDs.isEmpty else { return }
        self.avoiding.propagate(toward: destination, excluding: self.query.isUntrusted, includingLeaves: false)
        let tree = self.avoiding.tree
        for source32 in self.exposedSourceIDs {
            let source = Int(source32)
            let routed = tree.relationship[source] != .none || tree.offeredRoute(to: source, in: self.query.graph) != nil
            self.avoidable.append(routed)
        }
    }
}
