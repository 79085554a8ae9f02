import CleanCarrierApp
import CleanCarrierCore
import Foundation
import Testing

@Suite struct ASRelationshipParserTests {
    @Test func readsSerialOneWithHeaders() throws {
        let text = """
            # input clique: 174 209 3356
            # IXP ASes: 1200 4635
            # source:topology|BGP|20161102|ripe|rrc00
            174|4134|-1
            4134|4837|0\r

            3356|36678|-1
            """
        let file = try ASRelationshipParser().parse(Data(text.utf8), name: "rel.txt")
        #expect(file.links.count == 3)
        #expect(file.links[0] == ASLink(ASN(174), ASN(4134), .providerToCustomer, line: 4))
        #expect(file.links[1] == ASLink(ASN(4134), ASN(4837), .peer, line: 5))
        #expect(file.links[2].line == 7)
        #expect(file.inputClique == [ASN(174), ASN(209), ASN(3356)])
        #expect(file.ixpASNs == [ASN(1200), ASN(4635)])
        #expect(file.headerLines.count == 3)
        #expect(file.headerLines[2].text == "source:topology|BGP|20161102|ripe|rrc00")
    }

    @Test func readsSerialTwoSources() throws {
        let file = try ASRelationshipParser().parse(Data("1|2|-1|bgp\n2|3|0|mlp\n3|4|-1|bgp\n".utf8), name: "s2")
        #expect(file.sourceTags == ["bgp", "mlp"])
        #expect(file.links.map { file.source(of: $0) } == ["bgp", "mlp", "bgp"])
    }

    @Test func reportsBadLinesWithLineAndField() throws {
        let text = "1|2|-1\n1|2|5\nx|3|-1\n4|99999999999|0\n5|6\n"
        let error = try #require(throws: InputErrors.self) { try ASRelationshipParser().parse(Data(text.utf8), name: "bad.txt") }
        #expect(error.errors.map(\.line) == [2, 3, 4, 5])
        #expect(error.errors.map(\.field) == ["rel", "provider", "peer", "rel"])
        #expect(error.errors.allSatisfy { $0.file == "bad.txt" })
    }

    @Test(.enabled(if: DataPathOracle.hasShared, "needs ../shared/data (the real public data), absent from a fresh clone"))
    func readsTheCompressedCAIDAFile() async throws {
        let path = DataPathOracle.shared + "/data/caida/20161101.as-rel.txt.bz2"
        try #require(FileManager.default.fileExists(atPath: path), "\(path) is missing from the shared data")
        let file = try ASRelationshipParser().parse(try await InputFile.data(at: path), name: path)
        #expect(file.links.count == 239_064)
        #expect(file.links.count { $0.kind == .peer } == 128_585)
        #expect(file.inputClique.count == 17)
        let graph = try ASGraph(links: file.links, file: path)
        #expect(graph.count == 55_809)
    }
}
