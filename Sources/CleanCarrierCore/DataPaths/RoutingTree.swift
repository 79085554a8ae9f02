/// Every AS's chosen route toward one origin: a tree of next hops, indexed by dense AS id.
public struct RoutingTree: Sendable {
    /// The origin's dense id.
    public internal(set) var origin: Int
    /// For each AS, the id of the neighbour its route goes to, or -1 (the origin, or no route).
    public internal(set) var nextHop: [Int32]
    /// For each AS, the AS-path length counting itself and the origin (1 at the origin, 0 without a route).
    public internal(set) var pathLength: [UInt16]
    /// For each AS, the relationship its route was learned over (`.none` without a route).
    public internal(set) var relationship: [RouteRelationship]
    /// The ASes that have a route, each after its next hop (the origin first).
    public internal(set) var order: [Int32]

    /// An empty tree for a graph of `count` ASes.
    /// - Parameter count: the number of ASes.
    public init(count: Int) {
        self.origin = -1
        self.nextHop = [Int32](repeating: -1, count: count)
        self.pathLength = [UInt16](repeating: 0, count: count)
        self.relationship = [RouteRelationship](repeating: .none, count: count)
        self.order = []
        self.order.reserveCapacity(count)
    }

    /// Whether an AS has a route.
    /// - Parameter id: a dense AS id.
    /// - Returns: `true` when the AS reaches the origin.
    public func hasRoute(_ id: Int) -> Bool { self.relationship[id] != .none }

    /// The AS path from an AS to the origin, as dense ids, the AS itself first (BGPy's `as_path`).
    /// - Parameter id: a dense AS id.
    /// - Returns: the path, or an empty array without a route.
    public func path(from id: Int) -> [Int] {
        guard self.hasRoute(id) else { return [] }
        var path = [id]
        path.reserveCapacity(Int(self.pathLength[id]))
        var hop = id
        while self.nextHop[hop] >= 0 {
            hop = Int(self.nextHop[hop])
            path.append(hop)
        }
        return path
    }

    /// The AS path from an AS to the origin, as ASNs.
    /// - Parameters:
    ///   - asn: the AS.
    ///   - graph: the graph the tree was computed on.
    /// - Returns: the path, the AS itself first; empty when the AS is unknown or has no route.
    public func path(from asn: ASN, in graph: ASGraph) -> [ASN] {
        guard let id = graph.id(of: asn) else { return [] }
        return self.path(from: id).map { graph.asns[$0] }
    }
}
