import CleanCarrierApp
import CleanCarrierCore
import Foundation
import Testing

/// Compares `routes` output with BGPy's, byte for byte (`../shared/oracle/bgpy_routes.py`).
/// Skipped where `../shared` or BGPy is absent (a fresh clone; run scripts/setup-oracles to install BGPy);
/// under CI=true with the shared data present, a missing BGPy fails instead of skipping.
@Suite(.enabled(if: DataPathOracle.enabled, "needs ../shared/oracle and BGPy (scripts/setup-oracles)"))
struct BGPyOracleTests {
    static let handGraphs: [(text: String, origins: [UInt32])] = [
        (RoutePropagatorTests.handGraph, [4, 6, 13]),
        ("1|2|0\n2|3|0\n5|2|-1\n2|4|-1\n", [1, 4]),
        ("0|9|-1\n21|9|-1\n20|0|-1\n20|21|-1\n", [9]),
        (ExposureTests.graphText, [100, 2]),
        (DataPathFixtures.randomLinks(seed: 7, nodes: 60, transit: 90, peering: 70), []),
        (DataPathFixtures.randomLinks(seed: 11, nodes: 80, transit: 100, peering: 120), []),
    ]

    @Test(arguments: 0..<Self.handGraphs.count)
    func smallGraphsMatchBGPy(index: Int) async throws {
        try #require(DataPathOracle.python != nil, "BGPy not installed: run scripts/setup-oracles")
        let (text, given) = Self.handGraphs[index]
        let graph = try DataPathFixtures.graph(text)
        let origins = given.isEmpty ? [graph.asns[0].rawValue, graph.asns[graph.count / 2].rawValue, graph.asns[graph.count - 1].rawValue] : given
        let file = try DataPathOracle.temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: file) }
        for origin in origins {
            let expected = try await DataPathOracle.routes(file: file, origin: origin)
            #expect(try DataPathFixtures.tsv(graph, origin: origin) == expected, "graph \(index), origin \(origin)")
        }
    }

    /// China Telecom, China Telecom Americas, and AS2 (a stub with 12 providers and 2 peers).
    @Test(arguments: [4134, 36678, 2] as [UInt32])
    func caida2016MatchesBGPy(origin: UInt32) async throws {
        try #require(DataPathOracle.python != nil, "BGPy not installed: run scripts/setup-oracles")
        try #require(FileManager.default.fileExists(atPath: DataPathOracle.caida2016))
        let graph = try await InputFile.graph(at: DataPathOracle.caida2016)
        let expected = try await DataPathOracle.routes(file: DataPathOracle.caida2016, origin: origin)
        let ours = try DataPathFixtures.tsv(graph, origin: origin)
        #expect(ours.utf8.count == expected.utf8.count && ours == expected, "origin \(origin) differs from BGPy")
    }
}
