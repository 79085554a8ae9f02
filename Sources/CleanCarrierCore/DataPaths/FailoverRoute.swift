/// The route an AS falls back to when the link to its best next hop fails, and the untrusted ASes on it.
public struct FailoverRoute: Sendable, Hashable {
    /// The AS whose route is examined.
    public var source: ASN
    /// The destination.
    public var destination: ASN
    /// The best route, the source first.
    public var primaryPath: [ASN]
    /// The best route's relationship.
    public var primaryRelationship: RouteRelationship
    /// The next hop whose link is taken down.
    public var failedNextHop: ASN
    /// The route with that link down, the source first; empty when the source is then cut off.
    public var failoverPath: [ASN]
    /// The failover route's relationship (`.none` when cut off).
    public var failoverRelationship: RouteRelationship
    /// Untrusted intermediate hops (neither source nor destination) of the failover route, in path order.
    public var untrustedHops: [ASN]

    /// Whether the failover route crosses an untrusted AS.
    public var crossesUntrusted: Bool { !self.untrustedHops.isEmpty }

    /// Computes the failover route: propagates once, removes the link to the chosen next hop, propagates again.
    /// - Parameters:
    ///   - source: the AS whose route is examined.
    ///   - destination: the destination AS.
    ///   - graph: the AS graph.
    ///   - untrusted: the untrusted ASes.
    /// - Returns: the primary and failover routes, or `nil` when an AS is not in the graph, the source is the
    ///   destination, or it has no route at all.
    public static func compute(from source: ASN, to destination: ASN, in graph: ASGraph, untrusted: Set<ASN>) -> FailoverRoute? {
        guard let sourceID = graph.id(of: source), let destinationID = graph.id(of: destination), sourceID != destinationID else {
            return nil
        }
        var propagator = RoutePropagator(graph: graph)
        propagator.propagate(toward: destinationID)
        let primary = propagator.tree
        guard primary.hasRoute(sourceID) else { return nil }
        let nextHop = graph.asns[Int(primary.nextHop[sourceID])]
        // Removing a link of a valid graph leaves a valid graph; the what-if graph may lose the source or destination.
        guard let reduced = try? graph.removing(links: [(source, nextHop)]) else { return nil }
        var failover = [ASN]()
        var relationship = RouteRelationship.none
        if let reducedSource = reduced.id(of: source), let reducedDestination = reduced.id(of: destination) {
            var rerun = RoutePropagator(graph: reduced)
            rerun.propagate(toward: reducedDestination)
            failover = rerun.tree.path(from: reducedSource).map { reduced.asns[$0] }
            relationship = rerun.tree.relationship[reducedSource]
        }
        return FailoverRoute(
            source: source,
            destination: destination,
            primaryPath: primary.path(from: source, in: graph),
            primaryRelationship: primary.relationship[sourceID],
            failedNextHop: nextHop,
            failoverPath: failover,
            failoverRelationship: relationship,
            untrustedHops: failover.dropFirst().dropLast().filter { untrusted.contains($0) }
        )
    }
}
