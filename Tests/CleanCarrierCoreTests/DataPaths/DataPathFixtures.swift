import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

/// Small graphs and random graphs for the data-path tests.
enum DataPathFixtures {
    /// Builds a graph from `a|b|rel` lines.
    static func graph(_ text: String) throws -> ASGraph {
        let file = try ASRelationshipParser().parse(Data(text.utf8), name: "test")
        return try ASGraph(links: file.links, file: "test")
    }

    /// Routes toward an origin, rendered as the oracle's TSV.
    static func tsv(_ graph: ASGraph, origin: UInt32) throws -> String {
        var propagator = RoutePropagator(graph: graph)
        propagator.propagate(toward: try #require(graph.id(of: ASN(origin))))
        return String(decoding: propagator.tree.tsv(in: graph), as: UTF8.self)
    }

    /// A random valley-free-capable graph: providers are drawn only among later nodes (no cycles), plus peers.
    static func randomLinks(seed: UInt64, nodes: Int, transit: Int, peering: Int) -> String {
        var random = SplitMix64(seed: seed)
        var asns = Set<UInt32>()
        while asns.count < nodes { asns.insert(UInt32(1 + random.next() % 400)) }
        let order = asns.shuffled(using: &random)
        var pairs = Set<[UInt32]>()
        var lines = [String]()
        for _ in 0..<(transit + peering) {
            let i = Int(random.next() % UInt64(nodes))
            let j = Int(random.next() % UInt64(nodes))
            guard i != j, pairs.insert([order[min(i, j)], order[max(i, j)]].sorted()).inserted else { continue }
            if lines.count < transit {
                lines.append("\(order[max(i, j)])|\(order[min(i, j)])|-1")
            } else {
                lines.append("\(order[i])|\(order[j])|0")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
