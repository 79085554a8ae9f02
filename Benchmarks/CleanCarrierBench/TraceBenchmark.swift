import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier-bench trace`: times call tracing over generated route tables.
///
/// Generates `--routes` routes across `--carriers` carriers: each carrier routes country-code and longer prefixes
/// (drawn from the number ranges) to one to four next hops (other carriers, or the range's terminating entity),
/// then traces `--calls` calls to random numbers from random carriers with every failover branch.
struct TraceBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Time call tracing over generated route tables."
    )

    @Option(help: "Number ranges (libphonenumber TSV or ranges CSV).")
    var ranges: String

    @Option(help: "Routes to generate.")
    var routes = 1_000_000

    @Option(help: "Carriers to spread them over.")
    var carriers = 500

    @Option(help: "Calls to trace.")
    var calls = 1_000

    func run() async throws {
        let ranges = try await InputFile.numberRanges(at: self.ranges).map { range in
            var copy = range
            copy.entity = range.entity ?? CarrierNameMatcher.slug(range.carrier)
            return copy
        }
        var generator = SystemRandomNumberGenerator()
        let clock = ContinuousClock()
        let carrierIDs = (0..<self.carriers).map { EntityID("carrier-\($0)") }
        let generated = Self.generate(count: self.routes, carriers: carrierIDs, ranges: ranges, using: &generator)
        let buildStart = clock.now
        let tracer = CallTracer(routes: VoiceRouteTable(generated), numbers: NumberPlan(ranges))
        let buildTime = NumbersBenchmark.seconds(clock.now - buildStart)
        let numbers = (0..<self.calls).compactMap { _ -> DialedNumber? in
            var digits = ranges.randomElement(using: &generator)?.prefix.digits ?? "1"
            while digits.count < 12 { digits += String(Int.random(in: 0...9, using: &generator)) }
            return DialedNumber(parsing: "+" + digits)
        }
        let origins = numbers.map { _ in carrierIDs.randomElement(using: &generator) ?? "carrier-0" }
        var branches = 0
        var nodes = 0
        var slowest = 0.0
        var total = 0.0
        for (number, origin) in zip(numbers, origins) {
            let callStart = clock.now
            let trace = tracer.trace(from: origin, to: number) { id in HopTrust(isUntrusted: id.rawValue.hasSuffix("7")) }
            let seconds = NumbersBenchmark.seconds(clock.now - callStart)
            slowest = max(slowest, seconds)
            total += seconds
            branches += trace.leaves.count
            nodes += trace.nodes.count
        }
        let report = """
            routes=\(generated.count) carriers=\(self.carriers) index_build_seconds=\(String(format: "%.2f", buildTime))
            calls=\(numbers.count) mean_ms_per_call=\(String(format: "%.4f", total * 1000 / Double(max(1, numbers.count)))) \
            max_ms_per_call=\(String(format: "%.4f", slowest * 1000))
            mean_branches_per_call=\(String(format: "%.1f", Double(branches) / Double(max(1, numbers.count)))) \
            mean_tree_nodes_per_call=\(String(format: "%.1f", Double(nodes) / Double(max(1, numbers.count))))

            """
        FileHandle.standardOutput.write(Data(report.utf8))
    }

    static func generate(
        count: Int,
        carriers: [EntityID],
        ranges: [NumberRange],
        using generator: inout some RandomNumberGenerator
    ) -> [VoiceRoute] {
        var routes: [VoiceRoute] = []
        routes.reserveCapacity(count)
        var carrier = 0
        while routes.count < count {
            guard let range = ranges.randomElement(using: &generator) else { break }
            let length = Int.random(in: 1...range.prefix.digits.count, using: &generator)
            guard let prefix = E164Prefix(parsing: range.prefix.digits.prefix(length)) else { continue }
            let owner = carriers[carrier % carriers.count]
            carrier += 1
            var hops: Set<EntityID> = []
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                let toTerminator = Int.random(in: 0..<4, using: &generator) == 0
                let hop = toTerminator ? (range.entity ?? owner) : (carriers.randomElement(using: &generator) ?? owner)
                guard hop != owner, hops.insert(hop).inserted else { continue }
                routes.append(
                    VoiceRoute(
                        carrier: owner,
                        prefix: prefix,
                        nextHop: hop,
                        priority: hops.count,
                        weight: Int.random(in: 0...100, using: &generator)
                    )
                )
            }
        }
        return routes
    }
}
