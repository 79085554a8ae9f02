import ArgumentParser
import CleanCarrierApp
import CleanCarrierStore
import CleanCarrierCore
import Foundation
import Logging

/// `cleancarrier import KIND FILE...`: load files into the store, each as one dataset, all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files as datasets (each file in one transaction; identical files are skipped).",
        discussion: """
            Kinds: registry (YAML), rir (RIR delegated-extended; one dataset per RIR, so give all five files), as-names (the \
            potaroo list, Latin-1), as-rel (CAIDA), interconnects (CSV), observed-paths (bgpdump -m), voice-routes (CSV), \
            number-ranges (libphonenumber's carrier TSV or the operator CSV), peeringdb (API JSON), equipment (CSV), cables (a \
            TeleGeography submarine cable map API v3 folder, read unchanged), cable-circuits (CSV). Formats: docs/FORMATS.md.
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "What the files hold.")
    var kind: DatasetKind

    @Argument(help: "The files (.gz and .bz2 are read directly); for cables, the cable map folders.")
    var files: [String]

    @Option(help: "The tenant uploading interconnects, voice routes, equipment or cable circuits, created when missing (default: none, the regulator).")
    var tenant: String?

    func validate() throws {
        if self.tenant != nil, !ImportService.tenantKinds.contains(self.kind) {
            throw ValidationError("--tenant applies to interconnects, voice-routes, equipment and cable-circuits only, not to \(self.kind.argumentName)")
        }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let (kind, files, tenant) = (self.kind, self.files, self.tenant)
        let outcomes = try await self.options.withServices { services, logger in
            let outcomes = try await Self.importFiles(files, kind: kind, tenant: tenant, services: services, logger: logger)
            if kind == .rirDelegated || kind == .asNames {
                let summary = try await services.imports.registrySummary(logger: logger)
                writeOutput(Data((Self.describe(summary, seconds: (ContinuousClock.now - started) / .seconds(1)) + "\n").utf8))
            }
            return outcomes
        }
        if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
    }

    /// Imports each file, printing one line per file and every error of a rejected one; exits 66 for an unreadable file.
    static func importFiles(_ files: [String], kind: DatasetKind, tenant: String?, services: AppServices, logger: Logger) async throws -> [ImportOutcome] {
        do {
            return try await services.imports.importFiles(files, kind: kind, tenant: tenant, logger: logger) { progress in
                switch progress {
                case .createdTenant(let tenant): printError("created tenant \(tenant)")
                case .imported(let file, let outcome): Self.print(outcome, file: file)
                case .ownersToReview(_, let owners):
                    printError("owners to review (\(owners.count), no registry entity or alias): \(owners.joined(separator: ", "))")
                }
            }
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode(66)
        }
    }

    private static func print(_ outcome: ImportOutcome, file: String) {
        let seconds = String(format: "%.2f", outcome.seconds)
        switch outcome.status {
        case .imported: printError("imported \(file): dataset #\(outcome.datasetID), \(outcome.rows) rows in \(seconds) s")
        case .unchanged: printError("unchanged \(file): identical to dataset #\(outcome.datasetID)")
        case .rejected:
            printError("rejected \(file) (dataset #\(outcome.datasetID), nothing loaded):")
            for error in outcome.errors { printError("  \(error)") }
        }
    }

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
