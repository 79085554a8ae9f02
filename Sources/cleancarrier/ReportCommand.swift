import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier report [EVALUATION]`: render a stored evaluation.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "report", abstract: "Render an evaluation's findings with their evidence.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case markdown, json, csv }

    @OptionGroup var options: GlobalOptions

    @Argument(help: "The evaluation id (default: the latest).")
    var evaluation: Int64?

    @Option(help: "markdown, json or csv.")
    var format: Format = .markdown

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let requested = self.evaluation
        let report = try await Database.withClient(url, logger: logger) { client -> EvaluationReport? in
            let repository = EvaluationRepository(client: client)
            let latest = requested == nil ? try await repository.latestID(logger: logger) : nil
            guard let id = requested ?? latest else { return nil }
            return try await repository.report(evaluation: id, logger: logger)
        }
        guard let report else {
            throw ValidationError(requested.map { "there is no evaluation #\($0)" } ?? "there is no evaluation yet: run `cleancarrier evaluate`")
        }
        let data = try Self.render(report, as: self.format)
        if let output {
            try data.write(to: URL(fileURLWithPath: output))
        } else {
            writeOutput(data)
        }
    }

    /// The bytes of `report` in `format`.
    static func render(_ report: EvaluationReport, as format: Format) throws -> Data {
        switch format {
        case .markdown: Data(MarkdownReportRenderer.render(report).utf8)
        case .json: try JSONReportRenderer.render(report)
        case .csv: Data(CSVReportRenderer.render(report).utf8)
        }
    }
}
