import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

/// A single-homed stub's exposure is derived from its provider's analysis instead of a propagation of its own: on
/// random graphs, with trusted and untrusted providers, the derivation equals the direct analysis.
@Suite struct StubExposureTests {
    struct Crossing: Hashable, CustomStringConvertible {
        var source: Int32
        var carrier: Int32
        var nextHop: Int32
        var avoidable: Bool
        var description: String { "\(self.source)->\(self.nextHop) via \(self.carrier)\(self.avoidable ? " (avoidable)" : "")" }
    }

    @Test(arguments: 0..<40)
    func derivedStubExposureEqualsTheDirectAnalysis(seed: Int) throws {
        let graph = try DataPathFixtures.graph(DataPathFixtures.randomLinks(seed: UInt64(seed), nodes: 80, transit: 70, peering: 10))
        var random = SplitMix64(seed: UInt64(seed) &+ 1_000)
        let stubs = (0..<graph.count).filter { graph.soleProvider(of: $0) != nil }
        try #require(!stubs.isEmpty, "the random graph should hold single-homed stubs")
        // Untrusted: a random sixth of the ASes, and every other provider of stubs (the others trusted), so both
        // derivations are used.
        var untrusted = Set((0..<graph.count).filter { _ in random.next() % 6 == 0 }.map { graph.asns[$0] })
        let providers = Set(stubs.compactMap { graph.soleProvider(of: $0) }).sorted()
        try #require(providers.count >= 2, "the random graph should hold stubs of two providers or more")
        for (position, provider) in providers.enumerated() {
            if position % 2 == 0 { untrusted.insert(graph.asns[provider]) } else { untrusted.remove(graph.asns[provider]) }
        }
        let query = ExposureQuery(graph: graph, untrusted: untrusted, sourceCountry: nil) { _ in nil }
        var direct = ExposureWorkspace(query: query)
        var derived = ExposureWorkspace(query: query)
        var untrustedProviders = 0
        for stub in stubs {
            let provider = try #require(graph.soleProvider(of: stub))
            if untrusted.contains(graph.asns[provider]) { untrustedProviders += 1 }
            _ = direct.analyze(destination: stub)
            let expected = direct.exposedSourceIDs.indices.map {
                Crossing(
                    source: direct.exposedSourceIDs[$0],
                    carrier: direct.exposedCarrierIDs[$0],
                    nextHop: direct.exposedNextHopIDs[$0],
                    avoidable: direct.avoidable[$0]
                )
            }
            _ = derived.analyze(destination: provider)
            var found: [Crossing] = []
            derived.forEachExposure(ofStub: stub) { found.append(Crossing(source: $0, carrier: $1, nextHop: $2, avoidable: $3)) }
            #expect(found == expected, "stub \(graph.asns[stub]) behind \(graph.asns[provider])")
        }
        #expect(untrustedProviders > 0 && untrustedProviders < stubs.count)
    }
}
