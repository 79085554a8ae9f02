public import CleanCarrierCore
public import Foundation

/// An exposure run as `cleancarrier exposure` asks for it: the files to read, the untrusted ASes (given, and those a
/// registry designates on `asOf`), the sources' country, the destinations and the what-if changes.
public struct ExposureRequest: Sendable {
    /// The CAIDA AS-relationship file (plain, `.gz` or `.bz2`).
    public var asRelationshipsFile: String
    /// Untrusted ASes given as such.
    public var untrusted: Set<ASN>
    /// A registry whose untrusted networks on `asOf` are untrusted too.
    public var registry: Registry?
    public var asOf: Day
    /// The AS country table (TSV with `asn` and `rir_cc`); without it every AS is a source.
    public var countriesFile: String?
    public var sourceCountry: String
    public var destinations: ExposureAnalysis.Destinations
    public var whatIf: ExposureAnalysis.WhatIf
    public var workers: Int

    public init(
        asRelationshipsFile: String,
        untrusted: Set<ASN> = [],
        registry: Registry? = nil,
        asOf: Day,
        countriesFile: String? = nil,
        sourceCountry: String = "US",
        destinations: ExposureAnalysis.Destinations = .all,
        whatIf: ExposureAnalysis.WhatIf = ExposureAnalysis.WhatIf(),
        workers: Int = ProcessInfo.processInfo.activeProcessorCount
    ) {
        self.asRelationshipsFile = asRelationshipsFile
        self.untrusted = untrusted
        self.registry = registry
        self.asOf = asOf
        self.countriesFile = countriesFile
        self.sourceCountry = sourceCountry
        self.destinations = destinations
        self.whatIf = whatIf
        self.workers = workers
    }

    /// Reads the files, gathers the untrusted ASes and runs the analysis.
    /// - Parameter progress: told a line at each step: the registry's untrusted count, the graph loaded, each batch
    ///   of destinations swept, the end (with the what-if summary, if any); for a progress display.
    /// - Throws: `InputErrors` or `InputError` for a file that cannot be read, `RequestRefusal` for a destination AS the graph does not hold.
    public func run(progress: @escaping @Sendable (String) -> Void = { _ in }) async throws -> ExposureAnalysis.Result {
        let (clock, start) = (ContinuousClock(), ContinuousClock.now)
        let graph = try await InputFile.graph(at: self.asRelationshipsFile)
        var untrusted = self.untrusted
        if let registry = self.registry {
            let designated = RegistryService.untrustedASNs(in: registry, on: self.asOf)
            progress("exposure: \(designated.count) untrusted ASes in the registry on \(self.asOf)")
            untrusted.formUnion(designated)
        }
        let countries: ASCountryTable? = if let path = self.countriesFile { try await InputFile.countryTable(at: path) } else { nil }
        let analysis = ExposureAnalysis(
            graph: graph,
            untrusted: untrusted,
            countries: countries,
            sourceCountry: self.sourceCountry,
            workers: self.workers
        )
        progress("exposure: \(graph.count) ASes, \(analysis.sourceCount) sources, loaded in \(clock.now - start)")
        let result = try await analysis.run(destinations: self.destinations, whatIf: self.whatIf) { label, done, total in
            progress("\(label): \(done)/\(total) destinations (\(done * 100 / max(total, 1))%) \(clock.now - start)")
        }
        if let summary = result.summary { progress(summary) }
        progress("exposure: done in \(clock.now - start)")
        return result
    }
}
