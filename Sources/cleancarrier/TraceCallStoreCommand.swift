import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier trace call`: trace a call through the store's active voice routes and number ranges, with the
/// registry's trust verdict for every hop.
struct TraceCallStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "call",
        abstract: "Trace a call from a carrier to a number through the active voice routes, with trust verdicts.",
        discussion: """
            Uses the routes in force on --as-of (and, with --at, used at that instant of the week), the active number ranges and the active registry's trust verdicts on that \
            day. Prints the primary path and every failover branch, dead ends and loops, where the call enters an untrusted \
            carrier, and the trust chain of each untrusted carrier. For files instead of the store, see trace-call.
            """)

    @OptionGroup var options: GlobalOptions

    @Option(help: "The originating carrier's entity id (in the active registry).")
    var from: String

    @Option(help: "The dialled number, e.g. +85244123456.")
    var to: String

    @Option(help: "The day whose routes and designations apply (YYYY-MM-DD; default the day of --at, else today, UTC).", transform: DayArgument.parse)
    var asOf: Day?

    @OptionGroup var tracing: CallTraceOptions

    func run() async throws {
        guard let number = DialedNumber(parsing: self.to) else { throw ValidationError("--to: '\(self.to)' is not an E.164 number") }
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let asOf = self.asOf ?? self.tracing.at.map(DayArgument.day(of:)) ?? DayArgument.today
        let snapshot = try await Database.withClient(url, logger: logger) { client in
            try await SnapshotLoader(client: client).load(asOf: asOf, kinds: [.voiceRoutes, .numberRanges, .cables, .cableCircuits], logger: logger)
        }
        let context = EvaluationContext(snapshot: snapshot)
        let origin = EntityID(self.from)
        guard context.index.entities[origin] != nil else {
            throw ValidationError("--from: unknown entity '\(origin)': not in the active registry")
        }
        let trace = context.traceCall(from: origin, to: number, at: self.tracing.at, limits: self.tracing.limits)
        var notes = context.untrustedCarriers(on: trace).flatMap { carrier in carrier.trustChains.map { "trust: \(carrier.entity): \($0)" } }
        notes += context.cableHops(on: trace).map { hop in
            "cables: \(hop.from) -> \(hop.to): \(hop.cables.isEmpty ? "none in the cable map" : hop.cables.map(\.label).joined(separator: "; "))"
        }
        try CallTraceOutput.write(trace, json: self.tracing.json, notes: notes)
    }
}
