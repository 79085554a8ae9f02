import ArgumentParser
import CleanCarrierCore
import Foundation
import Logging

/// `cleancarrier exposure`: per destination, how many networks of a country reach it through untrusted ASes.
struct ExposureCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "exposure",
        abstract: "Count, per destination AS, the networks of a country whose route crosses an untrusted AS (CC-2).",
        discussion: """
            Output (TSV): \(DestinationExposure.tsvHeader.replacingOccurrences(of: "\t", with: " "))
            carriers lists untrusted ASes as asn:sources, most sources first. Progress goes to stderr.
            With --remove-link or --designate (what-if), the destinations are swept twice, as given and as changed, and
            only the destinations whose reach, exposure or carriers change are printed:
            \(ExposureChange.tsvHeader.replacingOccurrences(of: "\t", with: " "))
            """
    )

    @Option(name: .customLong("as-rel"), help: "CAIDA AS-relationship file (serial-1 or serial-2; plain, .gz or .bz2).")
    var asRelationships: String

    @Option(help: "Untrusted AS numbers, comma-separated (added to those of --registry).")
    var untrusted: String?

    @Option(help: "The registry whose untrusted networks on --as-of are the untrusted ASes: a YAML file, or 'store' for the active registry in the database.")
    var registry: String?

    @Option(help: "The day designations are judged on, with --registry (YYYY-MM-DD; default today, UTC).", transform: DayArgument.parse)
    var asOf: Day = DayArgument.today

    @Option(help: "AS country table (TSV with 'asn' and 'rir_cc' columns, e.g. asn-joined-rir*.tsv.gz); without it every AS is a source.")
    var countries: String?

    @Option(help: "The sources' country.")
    var country = "US"

    @Option(help: "Destinations: all, a comma-separated ASN list, or country:CC.")
    var destinations = "all"

    @Option(name: .customLong("remove-link"), help: "What-if: take out the link between two ASes, as A-B (repeatable). Prints the destinations whose exposure changes.")
    var removedLinks: [String] = []

    @Option(help: "What-if: treat these ASes as untrusted too (comma-separated). Prints the destinations whose exposure changes.")
    var designate: String?

    @Option(help: "Parallel workers (default: all cores).")
    var workers: Int?

    @OptionGroup var options: GlobalOptions

    func validate() throws {
        if self.untrusted == nil, self.registry == nil { throw ValidationError("give the untrusted ASes: --untrusted ASN,... or --registry FILE|store") }
    }

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let graph = try ASGraph(contentsOf: self.asRelationships)
        var untrusted = try Set(Self.asns(self.untrusted ?? "", option: "--untrusted"))
        if let registry = self.registry {
            let registry = try await RegistryCommand.registry(
                file: registry == "store" ? nil : registry, options: self.options, logger: self.options.logger())
            let designated = UntrustedSet(resolver: TrustResolver(registry: registry), day: self.asOf).asns.keys
            Self.log("exposure: \(designated.count) untrusted ASes in the registry on \(self.asOf)")
            untrusted.formUnion(designated)
        }
        let table = try self.countries.map { path throws(InputError) in try ASCountryTable(contentsOf: path) }
        let query = ExposureQuery(
            graph: graph, untrusted: untrusted, sourceCountry: table == nil ? nil : self.country,
            country: { table?.country(of: $0) }
        )
        let targets = try self.destinationIDs(graph: graph, query: query)
        Self.log("exposure: \(graph.count) ASes, \(query.sourceCount) sources, \(targets.count) destinations, loaded in \(clock.now - start)")
        let baseline = await self.sweep(query, targets, label: "exposure")
        if self.removedLinks.isEmpty && self.designate == nil {
            var text = DestinationExposure.tsvHeader + "\n"
            for result in baseline { text += result.tsvRow + "\n" }
            writeOutput(Data(text.utf8))
        } else {
            let whatIfGraph = try graph.removing(links: try self.removedLinks.map(Self.link))
            let whatIf = ExposureQuery(
                graph: whatIfGraph, untrusted: untrusted.union(try Self.asns(self.designate ?? "", option: "--designate")),
                sourceCountry: query.sourceCountry, country: { table?.country(of: $0) })
            let whatIfTargets = targets.compactMap { whatIfGraph.id(of: graph.asns[$0]) }
            let changes = ExposureChange.changes(from: baseline, to: await self.sweep(whatIf, whatIfTargets, label: "what-if"))
            var text = ExposureChange.tsvHeader + "\n"
            for change in changes { text += change.tsvRow + "\n" }
            writeOutput(Data(text.utf8))
            let before = changes.reduce(0) { $0 + ($1.before?.exposedSources ?? 0) }
            let after = changes.reduce(0) { $0 + ($1.after?.exposedSources ?? 0) }
            Self.log("what-if: \(changes.count) destination(s) changed; their exposed sources \(before) -> \(after)")
        }
        Self.log("exposure: done in \(clock.now - start)")
    }

    /// Sweeps `targets`, logging progress each percent.
    private func sweep(_ query: ExposureQuery, _ targets: [Int], label: String) async -> [DestinationExposure] {
        let clock = ContinuousClock()
        let start = clock.now
        let sweep = ExposureSweep(query: query, workers: self.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        return await sweep.run(destinations: targets) { done, total in
            Self.log("\(label): \(done)/\(total) destinations (\(done * 100 / max(total, 1))%) \(clock.now - start)")
        }
    }

    /// Parses `A-B` (ASNs, `AS` prefix allowed).
    private static func link(_ text: String) throws -> (ASN, ASN) {
        let ends = text.split(separator: "-")
        guard ends.count == 2, let a = ASN(parsing: String(ends[0])), let b = ASN(parsing: String(ends[1])) else {
            throw ValidationError("--remove-link: '\(text)' is not two AS numbers joined by '-', e.g. 4134-3356")
        }
        return (a, b)
    }

    private func destinationIDs(graph: ASGraph, query: ExposureQuery) throws -> [Int] {
        if self.destinations == "all" { return Array(0..<graph.count) }
        if self.destinations.hasPrefix("country:") {
            let code = String(self.destinations.dropFirst("country:".count))
            return (0..<graph.count).filter { query.country(ofID: $0) == code }
        }
        return try Self.asns(self.destinations, option: "--destinations").map { asn in
            guard let id = graph.id(of: asn) else { throw ValidationError("--destinations: \(asn) is not in the graph") }
            return id
        }
    }

    private static func asns(_ list: String, option: String) throws -> [ASN] {
        try list.split(separator: ",", omittingEmptySubsequences: true).map { text in
            guard let asn = ASN(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(option): '\(text)' is not an AS number")
            }
            return asn
        }
    }

    private static func log(_ line: String) {
        try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
    }
}
