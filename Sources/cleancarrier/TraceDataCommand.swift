import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier trace data --from ASN --to ASN|PREFIX`: the BGP route between two networks and its failover.
struct TraceDataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "The Gao-Rexford route from one AS to another (or to a prefix's origin), each hop's trust verdict, and the failover route.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The source AS (AS7018 or 7018).") var from: String
    @Option(help: "The destination AS, or a prefix seen in the observed paths (e.g. 1.12.0.0/14).") var to: String
    @Option(help: "The date for trust verdicts (YYYY-MM-DD; default today).", transform: DayArgument.parse) var asOf: Day = DayArgument.today

    func run() async throws {
        let logger = self.options.logger()
        guard let source = ASN(parsing: self.from) else { throw ValidationError("--from: '\(self.from)' is not an AS number") }
        let url = try await self.options.database(logger: logger)
        let asOf = self.asOf
        let snapshot = try await Database.withClient(url, logger: logger) { client in
            try await SnapshotLoader(client: client).load(asOf: asOf, logger: logger)
        }
        guard let (_, links) = snapshot.asRelationships.last else {
            throw ValidationError("no AS relationships are loaded: run `cleancarrier import as-rel FILE`")
        }
        let destination = try self.destination(in: snapshot)
        let graph = try ASGraph(links: links)
        let context = EvaluationContext(snapshot: snapshot)
        guard let route = FailoverRoute.compute(from: source, to: destination, in: graph, untrusted: Set(context.untrusted.asns.keys)) else {
            throw ValidationError("\(source) has no route to \(destination) in the loaded graph (or one of them is not in it)")
        }
        print("Route from \(context.party(for: source).label) to \(context.party(for: destination).label) as of \(asOf):")
        self.printPath(route.primaryPath, context: context)
        print("Failover if the link \(source)–\(route.failedNextHop) fails:")
        if route.failoverPath.isEmpty { print("  none: \(source) is cut off from \(destination)") } else { self.printPath(route.failoverPath, context: context) }
    }

    private func destination(in snapshot: Snapshot) throws -> ASN {
        if let asn = ASN(parsing: self.to) { return asn }
        for (_, paths) in snapshot.observedPaths {
            if let path = paths.first(where: { $0.prefix == self.to && !$0.endsInSet }), let origin = path.path.last { return origin }
        }
        throw ValidationError("--to: '\(self.to)' is neither an AS number nor a prefix seen in the observed paths")
    }

    private func printPath(_ path: [ASN], context: EvaluationContext) {
        for (index, asn) in path.enumerated() {
            let party = context.party(for: asn)
            let role = index == 0 ? "source" : index == path.count - 1 ? "destination" : "transit"
            print("  \(index + 1). \(party.label) [\(role)] \(party.untrusted ? "UNTRUSTED" : "trusted")")
            for chain in context.trustChains(for: .network(asn)) { print("       \(chain)") }
        }
    }
}
