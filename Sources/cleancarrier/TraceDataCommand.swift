import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Logging

/// `cleancarrier trace data --from ASN --to ASN|PREFIX`: the BGP route between two networks and its failover.
struct TraceDataCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "The Gao-Rexford route from one AS to another (or to a prefix's origin), each hop's trust verdict, and the failover route."
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The source AS (AS7018 or 7018).") var from: ASN
    @Option(help: "The destination AS, or a prefix seen in the observed paths (e.g. 1.12.0.0/14).") var to: String
    @Option(help: "The date for trust verdicts (YYYY-MM-DD; default today).", transform: DayArgument.parse) var asOf: Day = DayArgument.today

    func run(services: AppServices, logger: Logger) async throws {
        writeOutput(try await services.traces.dataRoute(from: self.from, to: self.to, asOf: self.asOf, logger: logger).text)
    }
}
