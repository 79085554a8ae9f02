import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation
import Logging

/// `cleancarrier report [EVALUATION] [--diff OTHER]`: render a stored evaluation, or its changes since another.
struct ReportCommand: StoreCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Render an evaluation's findings with their evidence.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The evaluation id (default: the latest).") var evaluation: Int64?
    @Option(help: ArgumentHelp("Report the changes from this earlier evaluation: new, persisting and resolved findings.", valueName: "other"))
    var diff: Int64?
    @Option(help: "markdown, json, csv or html (a standalone page).") var format: ReportFormat = .markdown
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run(services: AppServices, logger: Logger) async throws {
        let report = try await services.reports.report(evaluation: self.evaluation, since: self.diff, logger: logger)
        let data = try self.format.render(report)
        if let output { try data.write(to: URL(fileURLWithPath: output)) } else { writeOutput(data) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
