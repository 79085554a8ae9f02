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
        discussion: "Kinds: registry (YAML), rir (RIR delegated-extended), as-rel (CAIDA), interconnects (CSV), observed-paths (bgpdump -m). Formats: docs/FORMATS.md.")

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case registry, rir, asRel = "as-rel", interconnects, observedPaths = "observed-paths"
    }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What the files hold: registry, rir, as-rel, interconnects or observed-paths.")
    var kind: Kind

    @Argument(help: "The files (.gz and .bz2 are read directly).")
    var files: [String]

    @Option(help: "The tenant uploading interconnects (default: none, the regulator).")
    var tenant: String?

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let outcomes = try await Database.withClient(url, logger: logger) { client in
            try await Self.importFiles(self.files, kind: self.kind, tenant: self.tenant, client: client, logger: logger)
        }
        if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
    }

    /// Imports each file, printing one line per file and every error of a rejected one.
    static func importFiles(_ files: [String], kind: Kind, tenant: String?, client: PostgresClient, logger: Logger) async throws -> [ImportOutcome] {
        let importer = DatasetImporter(client: client)
        var outcomes: [ImportOutcome] = []
        for file in files {
            let data: Data
            do { data = try TextSource.data(at: file) } catch {
                printError(error.description)
                throw ExitCode(66)
            }
            let outcome =
                switch kind {
                case .registry: try await importer.importRegistry(file: file, data: data, logger: logger)
                case .rir: try await importer.importRIRDelegated(file: file, data: data, logger: logger)
                case .asRel: try await importer.importASRelationships(file: file, data: data, logger: logger)
                case .interconnects: try await importer.importInterconnects(file: file, data: data, tenant: tenant, logger: logger)
                case .observedPaths: try await importer.importObservedPaths(file: file, data: data, logger: logger)
                }
            let seconds = String(format: "%.2f", outcome.seconds)
            switch outcome.status {
            case .imported: printError("imported \(file): dataset #\(outcome.datasetID), \(outcome.rows) rows in \(seconds) s")
            case .unchanged: printError("unchanged \(file): identical to dataset #\(outcome.datasetID)")
            case .rejected:
                printError("rejected \(file) (dataset #\(outcome.datasetID), nothing loaded):")
                for error in outcome.errors { printError("  \(error)") }
            }
            outcomes.append(outcome)
        }
        return outcomes
    }
}
