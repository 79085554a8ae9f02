import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

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

    @Option(name: .customLong("as-rel"), help: "CAIDA AS-relationship file (serial-1 or serial-2; plain, .gz or .bz2).") var asRelationships: String
    @Option(help: "Untrusted AS numbers, comma-separated (added to those of --registry).", transform: Self.asns) var untrusted: [ASN]?
    @Option(
        help:
            "The registry whose untrusted networks on --as-of are the untrusted ASes: a YAML file, or 'store' for the active registry in the database."
    )
    var registry: String?
    @Option(help: "The day designations are judged on, with --registry (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
    @Option(help: "AS country table (TSV with 'asn' and 'rir_cc' columns, e.g. asn-joined-rir*.tsv.gz); without it every AS is a source.")
    var countries: String?
    @Option(help: "The sources' country.") var country = "US"
    @Option(help: "Destinations: all, a comma-separated ASN list, or country:CC.", transform: Self.destinations) var destinations = ExposureAnalysis
        .Destinations.all
    @Option(name: .customLong("remove-link"), help: "What-if: take out the link between two ASes, as A-B (repeatable).", transform: Self.link)
    var removedLinks: [Link] = []
    @Option(help: "What-if: treat these ASes as untrusted too (comma-separated).", transform: Self.asns) var designate: [ASN] = []
    @Option(help: "Parallel workers (default: all cores).") var workers = ProcessInfo.processInfo.activeProcessorCount
    @OptionGroup var options: GlobalOptions

    /// A link `--remove-link` takes out.
    struct Link { var ends: (ASN, ASN) }

    func validate() throws {
        if self.untrusted == nil, self.registry == nil {
            throw ValidationError("give the untrusted ASes: --untrusted ASN,... or --registry FILE|store")
        }
    }

    func run() async throws {
        var registry: Registry?
        if let source = self.registry { registry = try await RegistryCommand.registry(file: source == "store" ? nil : source, options: self.options) }
        let request = ExposureRequest(
            asRelationshipsFile: self.asRelationships,
            untrusted: Set(self.untrusted ?? []),
            registry: registry,
            asOf: self.asOf,
            countriesFile: self.countries,
            sourceCountry: self.country,
            destinations: self.destinations,
            whatIf: ExposureAnalysis.WhatIf(removedLinks: self.removedLinks.map(\.ends), designated: Set(self.designate)),
            workers: self.workers
        )
        writeOutput(try await request.run(progress: printError).tsv)
    }

    private static func asns(_ text: String) throws -> [ASN] {
        guard let asns = ASN.list(parsing: text) else { throw ValidationError("'\(text)' is not a comma-separated list of AS numbers") }
        return asns
    }

    private static func destinations(_ text: String) throws -> ExposureAnalysis.Destinations {
        guard let destinations = ExposureAnalysis.Destinations(parsing: text) else {
            throw ValidationError("'\(text)' is not all, country:CC or a list of AS numbers")
        }
        return destinations
    }

    private static func link(_ text: String) throws -> Link {
        guard let ends = ASN.link(parsing: text) else { throw ValidationError("'\(text)' is not two AS numbers joined by '-', e.g. 4134-3356") }
        return Link(ends: ends)
    }
}
