import CleanCarrierCore
import Foundation
import Testing

@Suite struct RoutePropagatorTests {
    /// Customer ties, a peer beating a provider, a longer customer route beating a shorter peer route.
    static let handGraph = """
        1|2|-1
        1|3|-1
        2|4|-1
        3|4|-1
        5|1|0
        5|6|-1
        1|7|-1
        2|7|0
        8|10|-1
        10|11|-1
        11|4|-1
        4|8|0
        12|2|0
        3|12|0
        2|13|-1
        3|13|-1
        """

    @Test func choosesLikeBGPyOnAHandMadeGraph() throws {
        let tsv = try DataPathFixtures.tsv(try DataPathFixtures.graph(Self.handGraph), origin: 4)
        #expect(
            tsv == """
                asn\tas_path\trecv_relationship
                1\t1 2 4\tCUSTOMERS
                2\t2 4\tCUSTOMERS
                3\t3 4\tCUSTOMERS
                4\t4\tORIGIN
                5\t5 1 2 4\tPEERS
                6\t6 5 1 2 4\tPROVIDERS
                7\t7 2 4\tPEERS
                8\t8 10 11 4\tCUSTOMERS
                10\t10 11 4\tCUSTOMERS
                11\t11 4\tCUSTOMERS
                12\t12 2 4\tPEERS
                13\t13 2 4\tPROVIDERS

                """
        )
    }

    @Test func peerRoutesAreNotReexportedToPeersOrProviders() throws {
        // 2 learns 1's route over a peer link: it gives it to its customer 4 only, not to its peer 3 or provider 5.
        let graph = try DataPathFixtures.graph("1|2|0\n2|3|0\n5|2|-1\n2|4|-1\n")
        let tsv = try DataPathFixtures.tsv(graph, origin: 1)
        #expect(tsv == "asn\tas_path\trecv_relationship\n1\t1\tORIGIN\n2\t2 1\tPEERS\n4\t4 2 1\tPROVIDERS\n")
    }

    @Test func neverAcceptsAPathThroughASZero() throws {
        let tsv = try DataPathFixtures.tsv(try DataPathFixtures.graph("0|9|-1\n21|9|-1\n20|0|-1\n20|21|-1\n"), origin: 9)
        #expect(tsv.contains("\n20\t20 21 9\tCUSTOMERS\n"))
        #expect(tsv.contains("\n0\t0 9\tCUSTOMERS\n"))
    }

    @Test func exclusionsAndReuseLeaveNoTrace() throws {
        let graph = try DataPathFixtures.graph(Self.handGraph)
        var propagator = RoutePropagator(graph: graph)
        let origin = try #require(graph.id(of: ASN(4)))
        var excluded = [Bool](repeating: false, count: graph.count)
        excluded[try #require(graph.id(of: ASN(2)))] = true
        propagator.propagate(toward: origin, excluding: excluded)
        #expect(propagator.tree.path(from: ASN(1), in: graph) == [1, 3, 4].map { ASN($0) })
        #expect(propagator.tree.path(from: ASN(2), in: graph).isEmpty)
        propagator.propagate(toward: try #require(graph.id(of: ASN(6))))
        propagator.propagate(toward: origin)
        #expect(String(decoding: propagator.tree.tsv(in: graph), as: UTF8.self) == (try DataPathFixtures.tsv(graph, origin: 4)))
    }
}
