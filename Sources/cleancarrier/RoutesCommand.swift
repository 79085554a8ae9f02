import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier routes`: every AS's route toward one origin, as BGPy's oracle prints it.
struct RoutesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "routes",
        abstract: "Print every AS's Gao-Rexford route toward an origin (TSV, identical to BGPy's).",
        discussion: "Output: asn<TAB>as_path<TAB>recv_relationship, one row per AS with a route, by ascending ASN."
    )

    @Option(name: .customLong("as-rel"), help: "CAIDA AS-relationship file (serial-1 or serial-2; plain, .gz or .bz2).") var asRelationships: String
    @Option(help: "The origin (destination) AS number.") var origin: ASN

    func run() async throws {
        let graph = try await InputFile.graph(at: self.asRelationships)
        guard let origin = graph.id(of: self.origin) else { throw ValidationError("--origin: \(self.origin) is not in \(self.asRelationships)") }
        var propagator = RoutePropagator(graph: graph)
        propagator.propagate(toward: origin)
        writeOutput(Data(propagator.tree.tsv(in: graph)))
    }
}
