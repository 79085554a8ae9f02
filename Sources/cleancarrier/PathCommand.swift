import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Logging

/// `cleancarrier path check`: the Clean Path verdict of a data or call path.
struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Judge paths against the Clean Path (untrusted carriers and untrusted vendors' equipment).",
        subcommands: [Check.self]
    )

    /// `cleancarrier path check --from X --to Y [--as-of D] [--json]`: whether the path (every branch of it) is clean.
    struct Check: StoreCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "The Clean Path verdict (clean, not clean, unknown) of the path from a carrier or AS to an AS, prefix or number.",
            discussion: """
                A data path when --to is an AS or a prefix seen in the observed paths (the BGP route and its failover, from \
                every ASN the --from entity holds); a call path when --to is an E.164 number (+..., every branch through the \
                active voice routes). Clean only when no hop is an untrusted carrier and no hop's network has untrusted \
                vendors' equipment in service that the path uses; unknown when some hop's carrier declared no inventory.
                """
        )

        @OptionGroup var options: GlobalOptions
        @Option(help: "The source: a carrier entity id or an AS (AS7018 or 7018).") var from: String
        @Option(help: "The destination: an AS, a prefix seen in the observed paths, or an E.164 number (+85244123456).") var to: String
        @Option(help: "The date for trust verdicts and equipment in service (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
        @Flag(help: "Print JSON instead of text.") var json = false

        func run(services: AppServices, logger: Logger) async throws {
            let result = try await services.traces.cleanPath(from: self.from, to: self.to, asOf: self.asOf, logger: logger)
            try writeOutput(result, json: self.json, text: result.text)
        }
    }
}
