import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Synchronization
import Testing

/// What-if runs of `ExposureAnalysis` (what `cleancarrier exposure --designate/--remove-link` prints) on the fixture
/// graph: the changes reported equal the difference of two plain sweeps.
@Suite struct ExposureAnalysisTests {
    static let graphFile = TestDatabase.repositoryRoot + "/Fixtures/caida/prc-neighbourhood.as-rel.txt"
    static let untrusted: Set<ASN> = [ASN(4134), ASN(4837)]

    static func exposures(_ graph: ASGraph, untrusted: Set<ASN>) async throws -> [ASN: DestinationExposure] {
        let result = try await ExposureAnalysis(graph: graph, untrusted: untrusted, countries: nil, sourceCountry: "US", workers: 2)
            .run(destinations: .all)
        guard case .exposures(let exposures) = result else { throw CancellationError() }
        return Dictionary(uniqueKeysWithValues: exposures.map { ($0.destination, $0) })
    }

    /// Destination → (exposed sources before, after), for the destinations whose reach, exposure or carriers differ.
    static func differences(_ before: [ASN: DestinationExposure], _ after: [ASN: DestinationExposure]) -> [ASN: [Int?]] {
        var changes: [ASN: [Int?]] = [:]
        for destination in Set(before.keys).union(after.keys) {
            let (a, b) = (before[destination], after[destination])
            guard a?.reachingSources != b?.reachingSources || a?.exposedSources != b?.exposedSources || a?.carriers != b?.carriers else { continue }
            changes[destination] = [a?.exposedSources, b?.exposedSources]
        }
        return changes
    }

    static func changes(_ result: ExposureAnalysis.Result) -> [ASN: [Int?]]? {
        guard case .changes(let changes) = result else { return nil }
        return Dictionary(uniqueKeysWithValues: changes.map { ($0.destination, [$0.before?.exposedSources, $0.after?.exposedSources]) })
    }

    @Test func designatingReportsExactlyTheChangedDestinations() async throws {
        let graph = try await InputFile.graph(at: Self.graphFile)
        let expected = Self.differences(
            try await Self.exposures(graph, untrusted: Self.untrusted),
            try await Self.exposures(graph, untrusted: Self.untrusted.union([ASN(9929)]))
        )
        #expect(!expected.isEmpty)
        let whatIf = try await ExposureAnalysis(graph: graph, untrusted: Self.untrusted, countries: nil, sourceCountry: "US", workers: 2)
            .run(destinations: .all, whatIf: .init(designated: [ASN(9929)]))
        #expect(Self.changes(whatIf) == expected)
    }

    @Test func removingALinkReportsExactlyTheChangedDestinations() async throws {
        let graph = try await InputFile.graph(at: Self.graphFile)
        let text = try String(contentsOfFile: Self.graphFile, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let cut = try #require(lines.first { !$0.hasPrefix("#") && $0.split(separator: "|").prefix(2).contains("4134") })
        let ends = cut.split(separator: "|").prefix(2).compactMap { ASN(parsing: String($0)) }
        let trimmed = try ASGraph(relationships: Data(lines.filter { $0 != cut }.joined(separator: "\n").utf8), file: "trimmed")
        let expected = Self.differences(
            try await Self.exposures(graph, untrusted: Self.untrusted),
            try await Self.exposures(trimmed, untrusted: Self.untrusted)
        )
        #expect(!expected.isEmpty)
        let whatIf = try await ExposureAnalysis(graph: graph, untrusted: Self.untrusted, countries: nil, sourceCountry: "US", workers: 2)
            .run(destinations: .all, whatIf: .init(removedLinks: [(ends[0], ends[1])]))
        #expect(Self.changes(whatIf) == expected)
    }

    @Test func anUnknownDestinationIsNamed() async throws {
        let graph = try await InputFile.graph(at: Self.graphFile)
        await #expect(throws: RequestRefusal.invalid(field: "destinations", reason: "AS4294967000 is not in the graph")) {
            try await ExposureAnalysis(graph: graph, untrusted: Self.untrusted, countries: nil, sourceCountry: "US").run(
                destinations: .asns([ASN(4_294_967_000)])
            )
        }
    }

    @Test func aRequestJoinsTheRegistrysUntrustedASesToThoseGivenAndReportsItsProgress() async throws {
        let registry = try await InputFile.registry(at: TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml").registry
        let day = Day(iso: "2026-12-01")!
        let designated = RegistryService.untrustedASNs(in: registry, on: day)
        #expect(!designated.isEmpty && !designated.isSuperset(of: [ASN(3356)]))
        let lines = Lines()
        let result = try await ExposureRequest(asRelationshipsFile: Self.graphFile, untrusted: [ASN(3356)], registry: registry, asOf: day, workers: 2)
            .run { lines.append($0) }
        guard case .exposures(let exposures) = result else { throw CancellationError() }
        let expected = try await Self.exposures(try await InputFile.graph(at: Self.graphFile), untrusted: designated.union([ASN(3356)]))
        #expect(Dictionary(uniqueKeysWithValues: exposures.map { ($0.destination, $0) }) == expected)
        let progress = lines.all
        #expect(progress.first == "exposure: \(designated.count) untrusted ASes in the registry on 2026-12-01")
        #expect(progress.contains { $0.hasPrefix("exposure: ") && $0.contains(" ASes, ") && $0.contains(" sources, loaded in ") })
        #expect(progress.last?.hasPrefix("exposure: done in ") == true)
    }

    @Test func aRequestNamesTheUnreadableFile() async throws {
        let error = await #expect(throws: InputErrors.self) {
            try await ExposureRequest(asRelationshipsFile: "/nonexistent/as-rel.txt", untrusted: Self.untrusted, asOf: Day(iso: "2026-12-01")!).run()
        }
        #expect(error?.errors.map(\.file) == ["/nonexistent/as-rel.txt"])
    }

    /// Progress lines, gathered from a concurrent callback.
    final class Lines: Sendable {
        private let lines = Mutex<[String]>([])
        func append(_ line: String) { self.lines.withLock { $0.append(line) } }
        var all: [String] { self.lines.withLock { $0 } }
    }
}
