import CleanCarrierCore
import Foundation
import Testing

@Suite struct ASGraphTests {
    @Test func buildsSortedNeighbourLists() throws {
        let graph = try DataPathFixtures.graph("30|20|-1\n30|10|-1\n40|30|-1\n30|50|0\n10|20|0\n")
        #expect(graph.asns == [10, 20, 30, 40, 50].map { ASN($0) })
        let id = try #require(graph.id(of: ASN(30)))
        #expect(graph.customers(of: id).map { graph.asns[Int($0)] } == [ASN(10), ASN(20)])
        #expect(graph.providers(of: id).map { graph.asns[Int($0)] } == [ASN(40)])
        #expect(graph.peers(of: id).map { graph.asns[Int($0)] } == [ASN(50)])
        #expect(graph.link(between: id, and: try #require(graph.id(of: ASN(50))))?.line == 4)
        #expect(graph.link(between: id, and: try #require(graph.id(of: ASN(10))))?.line == 2)
        #expect(graph.id(of: ASN(99)) == nil)
    }

    @Test func rejectsConflictsSelfLinksAndCycles() throws {
        let conflict = try #require(throws: InputErrors.self) { try DataPathFixtures.graph("1|2|-1\n2|1|0\n") }
        #expect(conflict.errors.map(\.line) == [2])
        let reversed = try #require(throws: InputErrors.self) { try DataPathFixtures.graph("1|2|-1\n2|1|-1\n") }
        #expect(reversed.errors.map(\.field) == ["rel"])
        let selfLink = try #require(throws: InputErrors.self) { try DataPathFixtures.graph("1|1|0\n") }
        #expect(selfLink.errors.map(\.line) == [1])
        let cycle = try #require(throws: InputErrors.self) { try DataPathFixtures.graph("1|2|-1\n2|3|-1\n3|1|-1\n4|1|0\n") }
        #expect(cycle.errors.first?.message.contains("cycle") == true)
    }

    @Test func keepsDuplicatesOnce() throws {
        let graph = try DataPathFixtures.graph("1|2|-1\n1|2|-1\n3|4|0\n4|3|0\n")
        #expect(graph.customers(of: 0).count == 1)
        #expect(graph.peers(of: try #require(graph.id(of: ASN(3)))).count == 1)
    }

    @Test func removesLinksForWhatIf() throws {
        let graph = try DataPathFixtures.graph("1|2|-1\n1|3|-1\n2|3|0\n")
        let reduced = try graph.removing(links: [(ASN(3), ASN(1))])
        #expect(reduced.count == 3)
        #expect(reduced.customers(of: 0).count == 1)
        #expect(try graph.removing(links: [(ASN(1), ASN(2)), (ASN(1), ASN(3))]).count == 2)
    }
}
