import ArgumentParser
import CleanCarrierCore
import CleanCarrierApp
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
        guard let source = ASN(parsing: self.from) else { throw ValidationError("--from: '\(self.from)' is not an AS number") }
        let (asOf, destination) = (self.asOf, self.to)
        let trace: DataRouteTrace
        do {
            trace = try await self.options.withServices { services, logger in
                try await services.traces.dataRoute(from: source, to: destination, asOf: asOf, logger: logger)
            }
        } catch DataRouteTrace.Failure.noRelationships {
            throw ValidationError("no AS relationships are loaded: run `cleancarrier import as-rel FILE`")
        } catch DataRouteTrace.Failure.unknownDestination {
            throw ValidationError("--to: '\(self.to)' is neither an AS number nor a prefix seen in the observed paths")
        } catch DataRouteTrace.Failure.invalidGraph(let errors) {
            throw errors
        } catch let failure as DataRouteTrace.Failure {
            throw ValidationError(failure.description)
        }
        print(trace.text, terminator: "")
    }
}
