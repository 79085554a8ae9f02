import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import Logging
import PostgresNIO

/// `cleancarrier import KIND FILE...`: load files into the store, each as one dataset, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files as datasets (each file in one transaction; identical files are skipped).",
        discussion: """
            Kinds: registry (YAML), rir (RIR delegated-extended; one dataset per RIR, so give all five files), as-names (the \
            potaroo list, Latin-1), as-rel (CAIDA), interconnects (CSV), observed-paths (bgpdump -m), voice-routes (CSV), \
            number-ranges (libphonenumber's carrier TSV or the operator CSV), peeringdb (API JSON), cables (a TeleGeography \
            submarine cable map API v3 folder, read unchanged), cable-circuits (CSV). Formats: docs/FORMATS.md.
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case registry, rir, asNames = "as-names", asRel = "as-rel", interconnects, observedPaths = "observed-paths"
        case voiceRoutes = "voice-routes", numberRanges = "number-ranges", peeringdb
        case cables, cableCircuits = "cable-circuits"
    }

    @OptionGroup var options: GlobalOptions

    @Argument(
        help: "What the files hold: registry, rir, as-names, as-rel, interconnects, observed-paths, voice-routes, number-ranges, peeringdb, cables (folders) or cable-circuits."
    )
    var kind: Kind

    @Argument(help: "The files (.gz and .bz2 are read directly); for cables, the cable map folders.")
    var files: [String]

    @Option(help: "The tenant uploading interconnects or voice routes, created when missing (default: none, the regulator).")
    var tenant: String?

    func validate() throws {
        if self.tenant != nil, self.kind != .interconnects, self.kind != .voiceRoutes, self.kind != .cableCircuits {
            throw ValidationError("--tenant applies to interconnects, voice-routes and cable-circuits only, not to \(self.kind.rawValue)")
        }
    }

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let started = ContinuousClock.now
        let outcomes = try await Database.withClient(url, logger: logger) { client in
            let outcomes = try await Self.importFiles(self.files, kind: self.kind, tenant: self.tenant, client: client, logger: logger)
            if self.kind == .rir || self.kind == .asNames {
                let summary = try await ASNRegistrationRepository(client: client).summary(logger: logger)
                writeOutput(Data((Self.describe(summary, seconds: (ContinuousClock.now - started) / .seconds(1)) + "\n").utf8))
            }
            return outcomes
        }
        if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
    }

    /// Imports each file, printing one line per file and every error of a rejected one.
    static func importFiles(_ files: [String], kind: Kind, tenant: String?, client: PostgresClient, logger: Logger) async throws -> [ImportOutcome] {
        let importer = DatasetImporter(client: client)
        if let tenant, try await TenantRepository(client: client).ensure(tenant, logger: logger) {
            printError("created tenant \(tenant)")
        }
        var outcomes: [ImportOutcome] = []
        for file in files {
            if kind == .cables {
                outcomes.append(try await Self.importCables(file, importer: importer, logger: logger))
                continue
            }
            let data: Data
            do { data = try TextSource.data(at: file) } catch {
                printError(error.description)
                throw ExitCode(66)
            }
            let outcome =
                switch kind {
                case .registry: try await importer.importRegistry(file: file, data: data, logger: logger)
                case .rir: try await importer.importRIRDelegated(file: file, data: data, logger: logger)
                case .asNames: try await importer.importASNames(file: file, data: data, logger: logger)
                case .asRel: try await importer.importASRelationships(file: file, data: data, logger: logger)
                case .interconnects: try await importer.importInterconnects(file: file, data: data, tenant: tenant, logger: logger)
                case .observedPaths: try await importer.importObservedPaths(file: file, data: data, logger: logger)
                case .voiceRoutes: try await importer.importVoiceRoutes(file: file, data: data, tenant: tenant, logger: logger)
                case .numberRanges: try await importer.importNumberRanges(file: file, data: data, logger: logger)
                case .peeringdb: try await importer.importPeeringDB(file: file, data: data, logger: logger)
                case .cableCircuits: try await importer.importCableCircuits(file: file, data: data, tenant: tenant, logger: logger)
                case .cables: preconditionFailure("cable map folders are imported by importCables")
                }
            Self.report(outcome, file: file)
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Imports one cable map folder, then lists the owners no registry entity matches, for review.
    static func importCables(_ folder: String, importer: DatasetImporter, logger: Logger) async throws -> ImportOutcome {
        let files: CableMapFolder
        do { files = try CableMapFolder(path: folder) } catch {
            printError(error.description)
            throw ExitCode(66)
        }
        let (outcome, unmapped) = try await importer.importCables(folder: files, logger: logger)
        Self.report(outcome, file: folder)
        if !unmapped.isEmpty {
            printError("owners to review (\(unmapped.count), no registry entity or alias): \(unmapped.joined(separator: ", "))")
        }
        return outcome
    }

    /// Prints one line for the outcome, and every error of a rejected file.
    static func report(_ outcome: ImportOutcome, file: String) {
        let seconds = String(format: "%.2f", outcome.seconds)
        switch outcome.status {
        case .imported: printError("imported \(file): dataset #\(outcome.datasetID), \(outcome.rows) rows in \(seconds) s")
        case .unchanged: printError("unchanged \(file): identical to dataset #\(outcome.datasetID)")
        case .rejected:
            printError("rejected \(file) (dataset #\(outcome.datasetID), nothing loaded):")
            for error in outcome.errors { printError("  \(error)") }
        }
    }
}

extension ImportCommand {
    /// What the store now holds of the public registries, e.g.
    /// `RIR registrations: 78812 ASNs in 5 datasets (afrinic, apnic, arin, lacnic, ripencc); US 24883, CN 1315, HK 758; AS names: 79546; 3.10 s in all`.
    static func describe(_ summary: ASNRegistrationRepository.Summary, seconds: Double) -> String {
        let scopes = summary.rirDatasets.keys.sorted().joined(separator: ", ")
        let countries = ["US", "CN", "HK"].map { "\($0) \(summary.byCountry[$0] ?? 0)" }.joined(separator: ", ")
        let datasets = summary.rirDatasets.count == 1 ? "1 dataset" : "\(summary.rirDatasets.count) datasets"
        return "RIR registrations: \(summary.asns) ASNs in \(datasets) (\(scopes)); \(countries); "
            + "AS names: \(summary.names); \(String(format: "%.2f", seconds)) s in all"
    }
}
