import ArgumentParser
import CleanCarrierApp
import CleanCarrierStore
import Foundation
import Logging

/// `cleancarrier import KIND FILE...`: load files into the store, each as one dataset, all or nothing.
struct ImportCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import files as datasets (each file in one transaction; identical files are skipped).",
        discussion: """
            Kinds: registry (YAML), rir (RIR delegated-extended; one dataset per RIR, so give all five files), as-names (the \
            potaroo list, Latin-1), as-rel (CAIDA), interconnects (CSV), observed-paths (bgpdump -m), voice-routes (CSV), \
            number-ranges (libphonenumber's carrier TSV or the operator CSV), peeringdb (API JSON), equipment (CSV), cables (a \
            TeleGeography submarine cable map API v3 folder, read unchanged), cable-circuits (CSV). Formats: docs/FORMATS.md.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Argument(help: "What the files hold.") var kind: DatasetKind
    @Argument(help: "The files (.gz and .bz2 are read directly); for cables, the cable map folders.") var files: [String]
    @Option(
        help: "The tenant uploading interconnects, voice routes, equipment or cable circuits, created when missing (default: none, the regulator)."
    )
    var tenant: String?

    func run(services: AppServices, logger: Logger) async throws {
        let started = ContinuousClock.now
        try await services.imports.importFilesOrFail(self.files, kind: self.kind, tenant: self.tenant, logger: logger) { printError($0.description) }
        guard self.kind == .rirDelegated || self.kind == .asNames else { return }
        let seconds = (ContinuousClock.now - started) / .seconds(1)
        writeOutput("\(try await services.imports.registrySummary(logger: logger)); \(String(format: "%.2f", seconds)) s in all\n")
    }
}
