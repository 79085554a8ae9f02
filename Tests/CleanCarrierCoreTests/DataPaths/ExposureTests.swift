import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite struct ExposureTests {
    /// Destination 100 (FR) is a customer of untrusted 50 (CN) and of 60 (FR). US sources: 1 (only behind 50),
    /// 2 (prefers 50, could go 70-60), 3 (peers with 100), 52 (untrusted itself, ties 50 and 60, takes 50).
    static let graphText = "50|100|-1\n60|100|-1\n50|1|-1\n50|2|-1\n70|2|-1\n60|70|0\n3|100|0\n50|52|-1\n60|52|-1\n"
    static let countries: [ASN: String] = [1: "US", 2: "US", 3: "US", 52: "US", 50: "CN", 60: "FR", 70: "FR", 100: "FR"]
        .reduce(into: [:]) { $0[ASN($1.key)] = $1.value }
    static let untrusted: Set<ASN> = [ASN(50), ASN(52)]

    static func query() throws -> ExposureQuery {
        let table = ASCountryTable(Self.countries)
        return ExposureQuery(graph: try DataPathFixtures.graph(Self.graphText), untrusted: Self.untrusted, country: { table.country(of: $0) })
    }

    @Test func countsExposedAndAvoidableSources() throws {
        let query = try Self.query()
        var workspace = ExposureWorkspace(query: query)
        let result = workspace.analyze(destination: try #require(query.graph.id(of: ASN(100))))
        #expect(result.reachingSources == 4)
        #expect(result.exposedSources == 3)
        #expect(result.avoidableSources == 2)
        #expect(result.carriers == [.init(asn: ASN(50), sources: 3)])
        #expect(result.tsvRow == "100\tFR\t4\t3\t2\t1\t50:3")
        #expect(workspace.exposedSourceIDs.map { query.graph.asns[Int($0)] } == [ASN(1), ASN(2), ASN(52)])
        #expect(workspace.avoidable == [false, true, true])
    }

    @Test func anUntrustedDestinationIsNotAnIntermediateHop() throws {
        let query = try Self.query()
        var workspace = ExposureWorkspace(query: query)
        let result = workspace.analyze(destination: try #require(query.graph.id(of: ASN(50))))
        #expect(result.exposedSources == 0)
        #expect(result.carriers.isEmpty)
    }

    @Test func sweepMatchesSingleAnalyses() async throws {
        let query = try Self.query()
        let all = Array(0..<query.graph.count)
        let swept = await ExposureSweep(query: query, workers: 3, batchSize: 2).run(destinations: all)
        var workspace = ExposureWorkspace(query: query)
        #expect(swept == all.map { workspace.analyze(destination: $0) })
    }

    @Test func failoverTakesTheNextBestRoute() throws {
        let graph = try DataPathFixtures.graph(Self.graphText)
        let two = try #require(FailoverRoute.compute(from: ASN(2), to: ASN(100), in: graph, untrusted: Self.untrusted))
        #expect(two.primaryPath == [2, 50, 100].map { ASN($0) })
        #expect(two.failedNextHop == ASN(50))
        #expect(two.failoverPath == [2, 70, 60, 100].map { ASN($0) })
        #expect(two.failoverRelationship == .providers)
        #expect(!two.crossesUntrusted)
        let one = try #require(FailoverRoute.compute(from: ASN(1), to: ASN(100), in: graph, untrusted: Self.untrusted))
        #expect(one.failoverPath.isEmpty)
        let three = try #require(FailoverRoute.compute(from: ASN(70), to: ASN(100), in: graph, untrusted: Self.untrusted))
        #expect(three.primaryPath == [70, 60, 100].map { ASN($0) })
        #expect(three.failoverPath.isEmpty)
    }

    /// On random graphs, each exposed source, carrier and next hop equals what the full propagation (leaves included)
    /// says: the analysis's shortcuts (leaves resolved on demand, single-homed sources read off their provider) agree.
    @Test(arguments: 0..<30)
    func exposedSourcesMatchTheFullPropagation(seed: Int) throws {
        let graph = try DataPathFixtures.graph(DataPathFixtures.randomLinks(seed: UInt64(seed), nodes: 70, transit: 80, peering: 20))
        var random = SplitMix64(seed: UInt64(seed) &+ 99)
        let untrusted = Set(graph.asns.filter { _ in random.next() % 5 == 0 })
        let query = ExposureQuery(graph: graph, untrusted: untrusted, sourceCountry: nil) { _ in nil }
        var workspace = ExposureWorkspace(query: query)
        var full = RoutePropagator(graph: graph)
        for destination in 0..<graph.count {
            _ = workspace.analyze(destination: destination)
            full.propagate(toward: destination)
            var expected: [String] = []
            for source in 0..<graph.count where source != destination && full.tree.hasRoute(source) {
                let path = full.tree.path(from: source)
                guard let carrier = path.dropFirst().dropLast().first(where: { untrusted.contains(graph.asns[$0]) }) else { continue }
                expected.append("\(source)>\(path[1]) via \(carrier)")
            }
            let found = workspace.exposedSourceIDs.indices.map {
                "\(workspace.exposedSourceIDs[$0])>\(workspace.exposedNextHopIDs[$0]) via \(workspace.exposedCarrierIDs[$0])"
            }
            #expect(found == expected, "destination \(graph.asns[destination])")
        }
    }
}
