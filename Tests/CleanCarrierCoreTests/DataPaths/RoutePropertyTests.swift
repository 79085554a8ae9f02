import CleanCarrierCore
import Foundation
import Testing

/// Invariants on random graphs: every route is loop-free, valley-free, ends at the origin, and is the best offer
/// its AS receives (customer > peer > provider, then shorter, then lower next-hop ASN).
@Suite struct RoutePropertyTests {
    @Test(arguments: 0..<60)
    func routesAreStableAndValleyFree(seed: Int) throws {
        let text = DataPathFixtures.randomLinks(seed: UInt64(seed), nodes: 40, transit: 60, peering: 40)
        let graph = try DataPathFixtures.graph(text)
        var propagator = RoutePropagator(graph: graph)
        for origin in stride(from: 0, to: graph.count, by: 3) {
            propagator.propagate(toward: origin)
            let tree = propagator.tree
            for id in 0..<graph.count {
                let path = tree.path(from: id)
                if tree.hasRoute(id) {
                    #expect(path.last == origin && Set(path).count == path.count && path.count == Int(tree.pathLength[id]))
                    let relationships = path.map { tree.relationship[$0] }
                    #expect(relationships == relationships.sorted(), "valley: \(path) \(relationships)")
                    #expect(relationships.count { $0 == .peers } <= 1)
                }
                if id != origin { #expect(Self.bestOffer(to: id, graph: graph, tree: tree) == Self.choice(of: id, tree: tree)) }
            }
        }
    }

    @Test(arguments: 0..<20)
    func leavesResolvedOnDemandMatchTheFullRun(seed: Int) throws {
        let graph = try DataPathFixtures.graph(DataPathFixtures.randomLinks(seed: UInt64(seed), nodes: 50, transit: 70, peering: 50))
        var full = RoutePropagator(graph: graph)
        var core = RoutePropagator(graph: graph)
        for origin in 0..<graph.count {
            full.propagate(toward: origin)
            core.propagate(toward: origin, includingLeaves: false)
            for id in 0..<graph.count where id != origin {
                let expected = Self.choice(of: id, tree: full.tree)
                if graph.isLeaf(id) {
                    let offer = core.tree.offeredRoute(to: id, in: graph)
                    #expect(offer.map { [Int($0.relationship.rawValue), Int($0.length), $0.nextHop] } ?? [] == expected)
                } else {
                    #expect(Self.choice(of: id, tree: core.tree) == expected)
                }
            }
        }
    }

    typealias Offer = (relationship: RouteRelationship, length: Int, nextHop: Int)

    static func choice(of id: Int, tree: RoutingTree) -> [Int] {
        tree.hasRoute(id) ? [Int(tree.relationship[id].rawValue), Int(tree.pathLength[id]), Int(tree.nextHop[id])] : []
    }

    /// The best route the AS's neighbours offer it, as [relationship, length, next hop], or [] for none.
    static func bestOffer(to id: Int, graph: ASGraph, tree: RoutingTree) -> [Int] {
        var offers = [Offer]()
        func offer(_ neighbours: ArraySlice<Int32>, _ relationship: RouteRelationship, upwardOnly: Bool) {
            for neighbour in neighbours.map(Int.init) where tree.hasRoute(neighbour) && !tree.path(from: neighbour).contains(id) {
                if upwardOnly, !tree.relationship[neighbour].isExportedUpward { continue }
                offers.append((relationship, Int(tree.pathLength[neighbour]) + 1, neighbour))
            }
        }
        offer(graph.customers(of: id), .customers, upwardOnly: true)
        offer(graph.peers(of: id), .peers, upwardOnly: true)
        offer(graph.providers(of: id), .providers, upwardOnly: false)
        guard let best = offers.min(by: { ($1.relationship, $0.length, $0.nextHop) < ($0.relationship, $1.length, $1.nextHop) }) else { return [] }
        return [Int(best.relationship.rawValue), best.length, best.nextHop]
    }
}
