import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation
import Logging

/// `cleancarrier trace data|call`: follow one path through the active datasets, with the trust verdict of each hop.
struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace one path through the active datasets, with each hop's trust verdict.",
        subcommands: [DataRoute.self, Call.self]
    )

    /// `cleancarrier trace data --from ASN --to ASN|PREFIX`: the BGP route between two networks and its failover.
    struct DataRoute: StoreCommand {
        static let configuration = CommandConfiguration(
            commandName: "data",
            abstract: "The Gao-Rexford route from one AS to another (or to a prefix's origin), each hop's trust verdict, and the failover route."
        )

        @OptionGroup var options: GlobalOptions
        @Option(help: "The source AS (AS7018 or 7018).") var from: ASN
        @Option(help: "The destination AS, or a prefix seen in the observed paths (e.g. 1.12.0.0/14).") var to: String
        @Option(help: "The date for trust verdicts (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today

        func run(services: AppServices, logger: Logger) async throws {
            writeOutput(try await services.traces.dataRoute(from: self.from, to: self.to, asOf: self.asOf, logger: logger).text)
        }
    }

    /// `cleancarrier trace call`: trace a call through the store's active voice routes and number ranges (or through
    /// files, with `--routes`), with the trust verdict of every hop.
    struct Call: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "call",
            abstract: "Trace a call from a carrier to a number through the voice routes, with trust verdicts.",
            discussion: """
                Uses the routes in force on --as-of (and, with --at, used at that instant of the week), the active number ranges \
                and the active registry's trust verdicts on that day. Prints the primary path and every failover branch, dead \
                ends and loops, where the call enters an untrusted carrier, and the trust chain of each untrusted carrier. With \
                --routes and --ranges, traces through those files instead of the store (no database): libphonenumber's carrier \
                names map to the entities of --registry as the store's import maps them, else become ids by lowercasing and dashing.
                """
        )

        @OptionGroup var options: GlobalOptions
        @Option(help: "The originating carrier's entity id (in the active registry).") var from: String
        @Option(help: "The dialled number, e.g. +85244123456.") var to: DialedNumber
        @Option(
            help:
                "The day whose routes and designations apply (YYYY-MM-DD; default the day of --at, else today, UTC; with --routes, default all routes)."
        )
        var asOf: Day?
        @Option(
            help:
                "Trace through this voice routes CSV instead of the store (carrier,prefix,next_hop,priority,weight[,valid_from,valid_to][,time_window])."
        )
        var routes: String?
        @Option(help: "With --routes: the number ranges (ranges CSV or libphonenumber's carrier TSV).") var ranges: String?
        @Option(help: "With --routes: a registry YAML file whose entities carrier names map to and whose verdicts mark untrusted hops.") var registry:
            String?
        @Option(help: "With --routes: an entity id to treat as untrusted (repeatable).") var untrusted: [String] = []
        @Option(
            help:
                "Only the routes used at this instant (ISO 8601, e.g. 2024-06-01T03:00:00Z): a route whose time window does not hold it is left out. Default: every route, whatever its window.",
            transform: InstantArgument.parse
        )
        var at: Date?
        @Option(name: .customLong("max-depth"), help: "Most hops on one branch.") var maximumDepth = 12
        @Option(name: .customLong("max-branches"), help: "Most branches reported.") var maximumBranches = 1_000
        @Flag(help: "Print JSON instead of text.") var json = false

        /// The tracer's bounds.
        var limits: CallTracer.Limits { CallTracer.Limits(maximumDepth: self.maximumDepth, maximumBranches: self.maximumBranches) }

        func validate() throws {
            if (self.routes == nil) != (self.ranges == nil) { throw ValidationError("--routes and --ranges go together") }
            if self.routes == nil, self.registry != nil || !self.untrusted.isEmpty {
                throw ValidationError("--registry and --untrusted apply with --routes only (the store has its own registry)")
            }
        }

        func run() async throws {
            let origin = EntityID(self.from)
            if let routes, let ranges {
                let files = FileCallTrace(
                    routesFile: routes,
                    rangesFile: ranges,
                    registryFile: self.registry,
                    untrusted: Set(self.untrusted.map { EntityID($0) }),
                    asOf: self.asOf
                )
                let trace = try await files.trace(from: origin, to: self.to, at: self.at, limits: self.limits)
                return try writeOutput(trace, json: self.json, text: trace.text)
            }
            let asOf = self.asOf ?? self.at.map(Day.init(containing:)) ?? .today
            let result = try await self.options.withServices { services, logger in
                try await services.traces.call(from: origin, to: self.to, asOf: asOf, at: self.at, limits: self.limits, logger: logger)
            }
            try writeOutput(result.trace, json: self.json, text: result.trace.text + result.notes.map { $0 + "\n" }.joined())
        }
    }
}
