import ArgumentParser
import CleanCarrierCore
import Foundation

/// The options of `trace call`: the instant routes are chosen at, the tracer's bounds, the output.
struct CallTraceOptions: ParsableArguments {
    @Option(
        help:
            "Only the routes used at this instant (ISO 8601, e.g. 2024-06-01T03:00:00Z): a route whose time window does not hold it is left out. Default: every route, whatever its window.",
        transform: DayArgument.instant
    )
    var at: Date?
    @Option(name: .customLong("max-depth"), help: "Most hops on one branch.") var maximumDepth = 12
    @Option(name: .customLong("max-branches"), help: "Most branches reported.") var maximumBranches = 1_000
    @Flag(help: "Print JSON instead of text.") var json = false

    /// The tracer's bounds.
    var limits: CallTracer.Limits { CallTracer.Limits(maximumDepth: self.maximumDepth, maximumBranches: self.maximumBranches) }
}
