/// The data route between two networks as a snapshot shows it: the Gao-Rexford route with each hop's trust verdict
/// and chains, and the route the source falls back to when the link to its next hop fails.
/// What `cleancarrier trace data` prints and `GET /trace/data` returns.
public struct DataRouteTrace: Hashable, Sendable, Codable {
    /// A hop's place on a route.
    public enum Role: String, Hashable, Sendable, Codable {
        case source, transit, destination
    }

    /// One AS on a route.
    public struct Hop: Hashable, Sendable, Codable {
        /// The AS, named with its holder and verdict.
        public var party: Party
        /// Where on the route it is.
        public var role: Role
        /// Why the hop is untrusted: one rendered chain per designation that reaches it (none for a trusted hop).
        public var trustChains: [String]
        /// When the link from the previous hop crosses a border and a cable map is loaded: the cables that can carry it.
        public var cables: [CableHopFinder.Option]?
    }

    /// Why there is no trace.
    public enum Failure: Error, Sendable {
        /// No AS relationships are loaded.
        case noRelationships
        /// `to` is neither an AS number nor a prefix seen in the observed paths.
        case unknownDestination(String)
        /// The source has no route to the destination (or one of them is not in the graph).
        case noRoute(source: ASN, destination: ASN)
        /// The loaded relationships do not make a valid graph.
        case invalidGraph(InputErrors)
    }

    /// The source AS.
    public var source: Party
    /// The destination AS (a prefix's origin when a prefix was asked for).
    public var destination: Party
    /// The day the trust verdicts hold on.
    public var asOf: Day
    /// The best route, the source first.
    public var primary: [Hop]
    /// The source's next hop on the best route, whose link is taken down for the failover.
    public var failedNextHop: ASN
    /// The route with that link down; empty when the source is then cut off.
    public var failover: [Hop]

    /// Traces the route from `source` to `destination` in the snapshot's latest AS relationships.
    /// - Parameters:
    ///   - source: the source AS.
    ///   - destination: an AS number (`AS4134` or `4134`), or a prefix seen in the observed paths (its origin AS).
    ///   - snapshot: the loaded datasets, judged as of their day.
    /// - Returns: the primary and failover routes, every hop named with its trust verdict.
    public static func trace(from source: ASN, to destination: String, in snapshot: Snapshot) throws(Failure) -> DataRouteTrace {
        guard let (_, links) = snapshot.asRelationships.last else { throw .noRelationships }
        let target = try Self.destination(destination, in: snapshot)
        let graph: ASGraph
        do { graph = try ASGraph(links: links) } catch { throw .invalidGraph(error) }
        let context = EvaluationContext(snapshot: snapshot)
        guard let route = FailoverRoute.compute(from: source, to: target, in: graph, untrusted: Set(context.untrusted.asns.keys)) else {
            throw .noRoute(source: source, destination: target)
        }
        return DataRouteTrace(
            source: context.party(for: source),
            destination: context.party(for: target),
            asOf: snapshot.asOf,
            primary: Self.hops(route.primaryPath, context: context),
            failedNextHop: route.failedNextHop,
            failover: Self.hops(route.failoverPath, context: context)
        )
    }

    private static func destination(_ text: String, in snapshot: Snapshot) throws(Failure) -> ASN {
        if let asn = ASN(parsing: text) { return asn }
        for (_, paths) in snapshot.observedPaths {
            if let path = paths.first(where: { $0.prefix == text && !$0.endsInSet }), let origin = path.path.last { return origin }
        }
        throw .unknownDestination(text)
    }

    private static func hops(_ path: [ASN], context: EvaluationContext) -> [Hop] {
        let finder = CableHopFinder(context: context)
        return path.enumerated().map { index, asn in
            let role: Role = index == 0 ? .source : index == path.count - 1 ? .destination : .transit
            let party = context.party(for: asn)
            var cables: [CableHopFinder.Option]?
            if let finder, index > 0, let to = party.country, let from = context.country(of: path[index - 1]), from != to {
                let previous = path[index - 1]
                let holder = context.index.holder(of: previous, on: context.snapshot.asOf)?.holder.rawValue
                cables = finder.options(carrier: Set([previous.description] + (holder.map { [$0] } ?? [])), from: from, to: to)
            }
            return Hop(party: party, role: role, trustChains: context.trustChains(for: .network(asn)), cables: cables)
        }
    }
}

extension DataRouteTrace.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .noRelationships: "no AS relationships are loaded"
        case .unknownDestination(let text): "'\(text)' is neither an AS number nor a prefix seen in the observed paths"
        case .noRoute(let source, let destination): "\(source) has no route to \(destination) in the loaded graph (or one of them is not in it)"
        case .invalidGraph(let errors): errors.description
        }
    }
}
