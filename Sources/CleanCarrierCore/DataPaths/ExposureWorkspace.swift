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
    /// The exposed sources of the last analysed destination, ascending by id.
    public private(set) var exposedSourceIDs: [Int32] = []
    /// For each of ``exposedSourceIDs``, whether a route avoiding every untrusted AS exists.
    public private(set) var avoidable: [Bool] = []

    /// Creates a workspace.
    /// - Parameter query: the shared query.
    public init(query: ExposureQuery) {
        self.query = query
        self.routes = RoutePropagator(graph: query.graph)
        self.avoiding = RoutePropagator(graph: query.graph)
        self.firstUntrusted = [Int32](repeating: -1, count: query.graph.count)
        self.sourcesBelow = [Int32](repeating: 0, count: query.graph.count)
    }

    /// The routes toward the last analysed destination.
    public var tree: RoutingTree { self.routes.tree }

    /// Counts how the sources reach one destination through untrusted ASes.
    /// - Parameter destination: the dense id of the destination AS.
    /// - Returns: the counts and the untrusted carriers.
    public mutating func analyze(destination: Int) -> DestinationExposure {
        self.routes.propagate(toward: destination)
        let tree = self.routes.tree
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
        for id32 in tree.order.reversed() where Int(id32) != destination {
            self.sourcesBelow[Int(tree.nextHop[Int(id32)])] += self.sourcesBelow[Int(id32)]
        }
        var reaching = 0
        self.exposedSourceIDs.removeAll(keepingCapacity: true)
        for source32 in self.query.sourceIDs {
            let source = Int(source32)
            guard source != destination, tree.relationship[source] != .none else { continue }
            reaching += 1
            let hop = Int(tree.nextHop[source])
            if self.firstUntrusted[hop] >= 0 { self.exposedSourceIDs.append(source32) }
        }
        var carriers = [DestinationExposure.Carrier]()
        for untrusted32 in self.query.untrustedIDs {
            let untrusted = Int(untrusted32)
            guard untrusted != destination, tree.relationship[untrusted] != .none else { continue }
            let crossing = Int(self.sourcesBelow[untrusted]) - (isSource[untrusted] ? 1 : 0)
            if crossing > 0 { carriers.append(.init(asn: self.query.graph.asns[untrusted], sources: crossing)) }
        }
        carriers.sort { ($0.sources, $1.asn) > ($1.sources, $0.asn) }
        self.markAvoidable(destination: destination)
        return DestinationExposure(
            destination: self.query.graph.asns[destination], country: self.query.country(ofID: destination),
            reachingSources: reaching, exposedSources: self.exposedSourceIDs.count,
            avoidableSources: self.avoidable.count { $0 }, carriers: carriers
        )
    }

    /// Propagates again without the untrusted ASes (the destination kept) and tells, per exposed source, whether it
    /// still gets a route, i.e. whether a valley-free path avoiding every untrusted AS exists.
    private mutating func markAvoidable(destination: Int) {
        self.avoidable.removeAll(keepingCapacity: true)
        guard !self.exposedSourceIDs.isEmpty else { return }
        self.avoiding.propagate(toward: destination, excluding: self.query.isUntrusted)
        let tree = self.avoiding.tree
        let graph = self.query.graph
        let silent = graph.asns.first?.rawValue == 0 ? 0 : -1
        for source32 in self.exposedSourceIDs {
            let source = Int(source32)
            guard self.query.isUntrusted[source] else {
                self.avoidable.append(tree.relationship[source] != .none)
                continue
            }
            // An untrusted source was left out of the run: it may use any neighbour's route it would accept.
            let upward = { (id: Int32) in Int(id) != silent && tree.relationship[Int(id)].isExportedUpward }
            let viaProvider = graph.providers(of: source).contains { Int($0) != silent && tree.relationship[Int($0)] != .none }
            let viaPeerOrCustomer = graph.peers(of: source).contains(where: upward) || graph.customers(of: source).contains(where: upward)
            self.avoidable.append(viaProvider || viaPeerOrCustomer)
        }
    }
}
