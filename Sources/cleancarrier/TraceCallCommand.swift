import ArgumentParser
import CleanCarrierCore
import Foundation

/// `cleancarrier trace-call`: trace a call through voice route files, every failover branch included.
struct TraceCallCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace-call",
        abstract: "Trace a call from a carrier to a number through voice route tables (files; no database).",
        discussion: """
            Follows the longest-prefix route of each carrier, primary next hop and every failover, until the carrier \
            terminating the number's range, and reports dead ends, loops and where the call enters an untrusted \
            carrier. With libphonenumber's TSV as --ranges, carrier names become ids by lowercasing and dashing.
            """
    )

    @Option(help: "Voice routes CSV (carrier,prefix,next_hop,priority,weight[,valid_from,valid_to][,time_window]).")
    var routes: String

    @Option(help: "Number ranges: ranges CSV (prefix,country_code,entity) or libphonenumber's carrier TSV.")
    var ranges: String

    @Option(help: "The originating carrier's entity id.")
    var from: String

    @Option(help: "The dialled number, e.g. +85244123456.")
    var to: String

    @Option(name: .customLong("as-of"), help: "Use the routes in force on this day (YYYY-MM-DD); default: all routes.")
    var asOf: String?

    @Option(help: "An entity id to treat as untrusted (repeatable).")
    var untrusted: [String] = []

    @Option(name: .customLong("untrusted-file"), help: "A file of untrusted entity ids, one per line (# comments).")
    var untrustedFile: String?

    @OptionGroup var tracing: CallTraceOptions

    func run() throws {
        guard let number = DialedNumber(parsing: self.to) else { throw ValidationError("--to: '\(self.to)' is not an E.164 number") }
        var day: Day?
        if let asOf {
            guard let parsed = Day(iso: asOf) else { throw ValidationError("--as-of: '\(asOf)' is not a date (YYYY-MM-DD)") }
            day = parsed
        }
        let ranges = try NumberRangeReader.read(path: self.ranges).map(Self.withEntity)
        let table = VoiceRouteTable(try VoiceRouteReader.read(path: self.routes), asOf: day, at: self.tracing.at)
        let tracer = CallTracer(
            routes: table, numbers: NumberPlan(ranges),
            limits: self.tracing.limits)
        let untrusted = try self.untrustedIDs()
        let trace = tracer.trace(from: EntityID(self.from), to: number) { id in
            untrusted.isEmpty ? nil : HopTrust(isUntrusted: untrusted.contains(id))
        }
        try CallTraceOutput.write(trace, json: self.tracing.json)
    }

    private func untrustedIDs() throws -> Set<EntityID> {
        var ids = Set(self.untrusted.map { EntityID($0) })
        if let untrustedFile {
            let text = String(decoding: try TextSource.data(at: untrustedFile), as: UTF8.self)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let id = line.trimmingCharacters(in: .whitespaces)
                if !id.isEmpty { ids.insert(EntityID(id)) }
            }
        }
        return ids
    }

    /// A range without an entity (libphonenumber's table) gets one from its carrier name: `China Mobile` → `china-mobile`.
    static func withEntity(_ range: NumberRange) -> NumberRange {
        guard range.entity == nil else { return range }
        var copy = range
        let words = range.carrier.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        copy.entity = words.isEmpty ? nil : EntityID(words.joined(separator: "-"))
        return copy
    }
}
