import ArgumentParser
import CleanCarrierApp
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
        let graph = try await InputFile.graph(at: self.asRelationships)
        var untrusted = try Set(Self.asns(self.untrusted ?? "", option: "--untrusted"))
        if let registry = self.registry {
            let registry = try await RegistryCommand.registry(
                file: registry == "store" ? nil : registry, options: self.options, logger: self.options.logger())
            let designated = RegistryService.untrustedASNs(in: registry, on: self.asOf)
            printError("exposure: \(designated.count) untrusted ASes in the registry on \(self.asOf)")
            untrusted.formUnion(designated)
        }
        var countries: ASCountryTable?
        if let path = self.countries { countries = try await InputFile.countryTable(at: path) }
        let analysis = ExposureAnalysis(
            graph: graph, untrusted: untrusted, countries: countries, sourceCountry: self.country, workers: self.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let whatIf = ExposureAnalysis.WhatIf(
            removedLinks: try self.removedLinks.map(Self.link), designated: Set(try Self.asns(self.designate ?? "", option: "--designate")))
        printError("exposure: \(graph.count) ASes, \(analysis.sourceCount) sources, loaded in \(clock.now - start)")
        let result: ExposureAnalysis.Result
        do {
            result = try await analysis.run(destinations: try self.destinationSelection(), whatIf: whatIf) { label, done, total in
                printError("\(label): \(done)/\(total) destinations (\(done * 100 / max(total, 1))%) \(clock.now - start)")
            }
        } catch let error as ExposureAnalysis.UnknownDestination {
            throw ValidationError("--destinations: \(error)")
        }
        switch result {
        case .exposures(let exposures):
            writeOutput(Data((DestinationExposure.tsvHeader + "\n" + exposures.map { $0.tsvRow + "\n" }.joined()).utf8))
        case .changes(let changes):
            writeOutput(Data((ExposureChange.tsvHeader + "\n" + changes.map { $0.tsvRow + "\n" }.joined()).utf8))
            let before = changes.reduce(0) { $0 + ($1.before?.exposedSources ?? 0) }
            let after = changes.reduce(0) { $0 + ($1.after?.exposedSources ?? 0) }
            printError("what-if: \(changes.count) destination(s) changed; their exposed sources \(before) -> \(after)")
        }
        printError("exposure: done in \(clock.now - start)")
    }

    /// Parses `A-B` (ASNs, `AS` prefix allowed).
    private static func link(_ text: String) throws -> (ASN, ASN) {
        let ends = text.split(separator: "-")
        guard ends.count == 2, let a = ASN(parsing: String(ends[0])), let b = ASN(parsing: String(ends[1])) else {
            throw ValidationError("--remove-link: '\(text)' is not two AS numbers joined by '-', e.g. 4134-3356")
        }
        return (a, b)
    }

    private func destinationSelection() throws -> ExposureAnalysis.Destinations {
        if self.destinations == "all" { return .all }
        if self.destinations.hasPrefix("country:") { return .country(String(self.destinations.dropFirst("country:".count))) }
        return .asns(try Self.asns(self.destinations, option: "--destinations"))
    }

    private static func asns(_ list: String, option: String) throws -> [ASN] {
        try list.split(separator: ",", omittingEmptySubsequences: true).map { text in
            guard let asn = ASN(parsing: text.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("\(option): '\(text)' is not an AS number")
            }
            return asn
        }
    }
}
