import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier demo`: the whole flow on the fixtures, from an empty database to a report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the fixtures, evaluate them and print the compliance report (reports also go to --output-dir).")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The fixtures folder.") var fixtures = "Fixtures"

    @Option(help: "The date to evaluate at (YYYY-MM-DD; default today).", transform: DayArgument.parse)
    var asOf: Day = DayArgument.today

    @Option(help: "Where to write the report in every format.") var outputDir = "out"

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        printError("database: \(url)")
        let fixtures = self.fixtures
        let steps: [(ImportCommand.Kind, String)] = [
            (.registry, "registry/registry.yaml"), (.rir, "registry/delegated-extract.txt"), (.asNames, "registry/asnames-extract.txt"),
            (.asRel, "caida/prc-neighbourhood.as-rel.txt"), (.interconnects, "interconnects/declared.csv"), (.numberRanges, "voice/ranges.csv"),
            (.voiceRoutes, "voice/routes.csv"), (.peeringdb, "peeringdb/peeringdb.json"), (.equipment, "equipment/inventory.csv"),
        ]
        let asOf = self.asOf
        let (report, paths) = try await Database.withClient(url, logger: logger) { client -> (EvaluationReport?, [CleanPathResult]) in
            for (kind, path) in steps {
                let outcomes = try await ImportCommand.importFiles(["\(fixtures)/\(path)"], kind: kind, tenant: nil, client: client, logger: logger)
                if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
            }
            let (id, count) = try await EvaluateCommand.evaluate(asOf: asOf, trigger: "demo", client: client, logger: logger)
            printError("evaluation #\(id): \(count) findings as of \(asOf)")
            let report = try await EvaluationRepository(client: client).report(evaluation: id, logger: logger)
            return (report, try await Self.cleanPaths(asOf: asOf, client: client, logger: logger))
        }
        guard let report else { return }
        try FileManager.default.createDirectory(atPath: self.outputDir, withIntermediateDirectories: true)
        for format in ReportCommand.Format.allCases {
            let path = "\(self.outputDir)/report.\(format.fileExtension)"
            try ReportCommand.render(report, as: format).write(to: URL(fileURLWithPath: path))
            printError("wrote \(path)")
        }
        print(MarkdownReportRenderer.render(report))
        print(Self.cleanPathSection(paths))
    }
}
