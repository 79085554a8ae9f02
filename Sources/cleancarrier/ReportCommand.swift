import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier report [EVALUATION] [--diff OTHER]`: render a stored evaluation, or its changes since another.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Render an evaluation's findings with their evidence.")

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The evaluation id (default: the latest).")
    var evaluation: Int64?

    @Option(help: ArgumentHelp("Report the changes from this earlier evaluation: new, persisting and resolved findings.", valueName: "other"))
    var diff: Int64?

    @Option(help: "markdown, json, csv or html (a standalone page).")
    var format: ReportFormat = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let requested = self.evaluation
        let baseline = self.diff
        let report = try await AppServices.run(url, logger: logger) { services -> EvaluationReport? in
            let repository = services.reports
            let latest = requested == nil ? try await repository.latestID(logger: logger) : nil
            guard let id = requested ?? latest else { return nil }
            guard let baseline else { return try await repository.report(evaluation: id, logger: logger) }
            return try await repository.diff(from: baseline, to: id, logger: logger)
        }
        guard let report else {
            let missing = [requested, baseline].compactMap { $0 }.map { "#\($0)" }.joined(separator: " or ")
            throw ValidationError(missing.isEmpty ? "there is no evaluation yet: run `cleancarrier evaluate`" : "there is no evaluation \(missing)")
        }
        let data = try self.format.render(report)
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            writeOutput(data)
        }
    }
}

extension ReportFormat: ExpressibleByArgument {}
