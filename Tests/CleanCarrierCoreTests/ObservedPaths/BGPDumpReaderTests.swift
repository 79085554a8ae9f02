import CleanCarrierCore
import Foundation
import Testing

@Suite struct BGPDumpReaderTests {
    static func read(_ text: String) throws -> [ObservedPath] { try BGPDumpReader.paths(in: Data(text.utf8), file: "rib.txt") }

    @Test func collapsesPrependingAndStopsAtASSets() throws {
        let paths = try Self.read(
            """
            TABLE_DUMP2|1277971199|B|202.249.2.20|4777|1.12.0.0/14|4777 2516 2516 2516 4134 4847 18245|IGP|202.249.2.20|0|0||NAG||
            TABLE_DUMP2|1277971199|B|202.249.2.20|4777|20.137.0.0/21|4777 2516 3549 21877 {4237,4238}|IGP|202.249.2.110|0|0||NAG||
            BGP4MP|1277971199|W|202.249.2.20|4777|10.0.0.0/8

            """
        )
        #expect(paths.count == 2)
        #expect(paths[0].path.map(\.rawValue) == [4777, 2516, 4134, 4847, 18245])
        #expect(paths[0].line == 1 && !paths[0].endsInSet && paths[0].prefix == "1.12.0.0/14")
        #expect(paths[1].path.map(\.rawValue) == [4777, 2516, 3549, 21877])
        #expect(paths[1].endsInSet)
    }

    @Test func malformedRowsNameLineAndField() {
        #expect {
            _ = try Self.read("TABLE_DUMP2|1|B|1.2.3.4|1|1.0.0.0/8|1 2 x3|IGP\nTABLE_DUMP2|1|Q|1.2.3.4|1|1.0.0.0/8|1 2|IGP\nnot a row\n")
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.map(\.line) == [1, 2, 3] && errors.map(\.field) == ["as_path", "type", "line"]
        }
    }

    @Test func adjacenciesAroundUntrustedASesAreCountedOnce() throws {
        let paths = try Self.read(
            "TABLE_DUMP2|1|B|p|1|1.0.0.0/8|174 4134 4847|IGP\nTABLE_DUMP2|1|B|p|1|2.0.0.0/8|7018 174 4134|IGP\nTABLE_DUMP2|1|B|p|1|3.0.0.0/8|7018 3356|IGP\n"
        )
        let adjacencies = ObservedAdjacencies(paths: paths, involving: { $0 == ASN(4134) })
        #expect(Set(adjacencies.pairs.keys) == [.init(ASN(174), ASN(4134)), .init(ASN(4134), ASN(4847))])
        #expect(adjacencies.pairs[.init(ASN(4134), ASN(174))]?.pathCount == 2)
        #expect(adjacencies.pairs[.init(ASN(4134), ASN(174))]?.example.line == 1)
    }
}
