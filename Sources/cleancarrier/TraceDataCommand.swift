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
        let trace: DataRouteTrace
        do throws(DataRouteTrace.Failure) {
            trace = try DataRouteTrace.trace(from: source, to: self.to, in: snapshot)
        } catch .noRelationships {
            throw ValidationError("no AS relationships are loaded: run `cleancarrier import as-rel FILE`")
        } catch .unknownDestination {
            throw ValidationError("--to: '\(self.to)' is neither an AS number nor a prefix seen in the observed paths")
        } catch .invalidGraph(let errors) {
            throw errors
        } catch {
            throw ValidationError(error.description)
        }
        print("Route from \(trace.source.label) to \(trace.destination.label) as of \(asOf):")
        self.printPath(trace.primary)
        print("Failover if the link \(source)–\(trace.failedNextHop) fails:")
        if trace.failover.isEmpty {
            print("  none: \(source) is cut off from \(trace.destination.ref)")
        } else {
            self.printPath(trace.failover)
        }
    }

    private func printPath(_ hops: [DataRouteTrace.Hop]) {
        for (index, hop) in hops.enumerated() {
            print("  \(index + 1). \(hop.party.label) [\(hop.role.rawValue)] \(hop.party.untrusted ? "UNTRUSTED" : "trusted")")
            for chain in hop.trustChains { print("       \(chain)") }
            if let cables = hop.cables {
                print("       cables for the hop: \(cables.isEmpty ? "none in the cable map" : cables.map(\.label).joined(separator: "; "))")
            }
        }
    }
}
