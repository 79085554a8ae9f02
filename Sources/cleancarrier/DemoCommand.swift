import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier demo`: the whole flow on the fixtures, from an empty database to a report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the fixtures, evaluate them and print the compliance report (reports also go to --output-dir)."
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The fixtures folder.") var fixtures = "Fixtures"
    @Option(help: "The date to evaluate at (YYYY-MM-DD; default today).", transform: DayArgument.parse) var asOf: Day = DayArgument.today
    @Option(help: "Where to write the report in every format.") var outputDir = "out"

    /// The fixtures in import order, each with its kind.
    static let steps: [(DatasetKind, String)] = [
        (.registry, "registry/registry.yaml"), (.rirDelegated, "registry/delegated-extract.txt"), (.asNames, "registry/asnames-extract.txt"),
        (.asRelationships, "caida/prc-neighbourhood.as-rel.txt"), (.interconnects, "interconnects/declared.csv"), (.numberRanges, "voice/ranges.csv"),
        (.voiceRoutes, "voice/routes.csv"), (.peeringDB, "peeringdb/peeringdb.json"), (.equipment, "equipment/inventory.csv"),
    ]

    /// The paths the demo checks: one of each verdict with the illustrative inventory (Fixtures/equipment/README.md).
    static let cleanPathExamples: [(from: String, to: String)] = [("att", "+447300123456"), ("att", "+85244123456"), ("verizon", "+85244123456")]

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        printError("database: \(url)")
        let (report, paths) = try await AppServices.run(url, logger: logger) { services -> (EvaluationReport, [CleanPathResult]) in
            for (kind, path) in Self.steps {
                try await ImportCommand.importFiles(["\(self.fixtures)/\(path)"], kind: kind, tenant: nil, services: services, logger: logger)
            }
            let outcome = try await services.evaluations.evaluate(asOf: self.asOf, trigger: "demo", logger: logger)
            printError("evaluation #\(outcome.id) \(outcome.timings.description)")
            printError("evaluation #\(outcome.id): \(outcome.findingCount) findings as of \(self.asOf)")
            let report = try await services.reports.report(evaluation: outcome.id, logger: logger)
            return (report, try await services.traces.cleanPaths(from: Self.cleanPathExamples, asOf: self.asOf, logger: logger))
        }
        try FileManager.default.createDirectory(atPath: self.outputDir, withIntermediateDirectories: true)
        for format in ReportFormat.allCases {
            let path = "\(self.outputDir)/report.\(format.fileExtension)"
            try format.render(report).write(to: URL(fileURLWithPath: path))
            printError("wrote \(path)")
        }
        print(MarkdownReportRenderer.render(report))
        print("## Clean Path checks\n\nOne path of each verdict (`cleancarrier path check --from X --to Y`), with the illustrative inventory:\n")
        print("```\n" + paths.map(\.text).joined(separator: "\n") + "```")
    }
}
