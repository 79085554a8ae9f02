import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier report [EVALUATION] [--diff OTHER]`: render a stored evaluation, or its changes since another.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Render an evaluation's findings with their evidence.")

    @OptionGroup var options: GlobalOptions
    @Argument(help: "The evaluation id (default: the latest).") var evaluation: Int64?
    @Option(help: ArgumentHelp("Report the changes from this earlier evaluation: new, persisting and resolved findings.", valueName: "other"))
    var diff: Int64?
    @Option(help: "markdown, json, csv or html (a standalone page).") var format: ReportFormat = .markdown
    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

    func run() async throws {
        let (id, baseline) = (self.evaluation, self.diff)
        let report = try await self.options.withServices { services, logger in
            try await services.reports.report(evaluation: id, since: baseline, logger: logger)
        }
        let data = try self.format.render(report)
        if let output { try data.write(to: URL(fileURLWithPath: output)) } else { writeOutput(data) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
