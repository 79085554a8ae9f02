import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier-bench routes`: every AS's route toward one origin, as `cleancarrier routes` prints it, with the time
/// of each stage on standard error.
struct RoutesBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Time parsing, propagation and rendering of one origin's routes."
    )

    @Option(name: .customLong("as-rel"), help: "CAIDA AS-relationship file.") var asRelationships: String
    @Option(help: "The origin AS number.") var origin: String

    func run() async throws {
        guard let originASN = ASN(parsing: self.origin) else { throw ValidationError("--origin: '\(self.origin)' is not an AS number") }
        let clock = ContinuousClock()
        let start = clock.now
        let graph = try await InputFile.graph(at: self.asRelationships)
        let built = clock.now
        guard let originID = graph.id(of: originASN) else { throw ValidationError("--origin: \(originASN) is not in the graph") }
        var propagator = RoutePropagator(graph: graph)
        propagator.propagate(toward: originID)
        let propagated = clock.now
        FileHandle.standardOutput.write(propagator.tree.tsv(in: graph))
        let report = String(
            format: "# parse+build %.1f ms propagate %.3f ms render %.1f ms routes %d\n",
            Self.milliseconds(built - start),
            Self.milliseconds(propagated - built),
            Self.milliseconds(clock.now - propagated),
            propagator.tree.order.count
        )
        FileHandle.standardError.write(Data(report.utf8))
    }

    static func milliseconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) * 1000 + Double(parts.attoseconds) / 1e15
    }
}
