import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// `cleancarrier demo`: the whole flow on the fixtures, from an empty database to a report.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Import the fixtures, evaluate them and print the compliance report (reports also go to --output-dir)."
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The fixtures folder.") var fixtures = "Fixtures"
    @Option(help: "The date to evaluate at (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
    @Option(help: "Where to write the report in every format.") var outputDir = "out"

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        printError("database: \(url)")
        let demo = try await AppServices.run(url, logger: logger) { services in
            try await DemoRun.run(fixtures: self.fixtures, asOf: self.asOf, services: services, logger: logger) { printError($0.description) }
        }
        printError("evaluation #\(demo.evaluation.id) \(demo.evaluation.timings.description)")
        printError("evaluation #\(demo.evaluation.id): \(demo.evaluation.findingCount) findings as of \(self.asOf)")
        for path in try demo.writeReports(into: self.outputDir) { printError("wrote \(path)") }
        print(demo.document, terminator: "")
    }
}
