import ArgumentParser
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
            """
    )

    @Option(name: .customLong("as-rel"), help: "CAIDA AS-relationship file (serial-1 or serial-2; plain, .gz or .bz2).")
    var asRelationships: String

    @Option(help: "Untrusted AS numbers, comma-separated.")
    var untrusted: String

    @Option(help: "AS country table (TSV with 'asn' and 'rir_cc' columns, e.g. asn-joined-rir*.tsv.gz); without it every AS is a source.")
    var countries: String?

    @Option(help: "The sources' country.")
    var country = "US"

    @Option(help: "Destinations: all, a comma-separated ASN list, or country:CC.")
    var destinations = "all"

    @Option(help: "Parallel workers (default: all cores).")
    var workers: Int?

    func run() async throws {
        let clock = ContinuousClock()
        let start = clock.now
        let graph = try ASGraph(contentsOf: self.asRelationships)
        let untrusted = try Set(Self.asns(self.untrusted, option: "--untrusted"))
        let table = try self.countries.map { path throws(InputError) in try ASCountryTable(contentsOf: path) }
        let query = ExposureQuery(
            graph: graph, untrusted: untrusted, sourceCountry: table == nil ? nil : self.country,
            country: { table?.country(of: $0) }
        )
        let targets = try self.destinationIDs(graph: graph, query: query)
        Self.log("exposure: \(graph.count) ASes, \(query.sourceCount) sources, \(targets.count) destinations, loaded in \(clock.now - start)")
        let sweep = ExposureSweep(query: query, workers: self.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        let sweepStart = clock.now
        let results = await sweep.run(destinations: targets) { done, total in
            Self.log("exposure: \(done)/\(total) destinations (\(done * 100 / max(total, 1))%) \(clock.now - sweepStart)")
        }
        var text = DestinationExposure.tsvHeader + "\n"
        for result in results { text += result.tsvRow + "\n" }
        writeOutput(Data(text.utf8))
        Self.log("exposure: done in \(clock.now - start)")
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
        try list.split(separator: ",").map { text in
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
