import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Logging

/// `cleancarrier evaluate`: run every rule over the active datasets and store the findings, with the webhook
/// deliveries of their status changes.
struct EvaluateCommand: StoreCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Evaluate the active datasets as of a date and store the findings."
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The date to evaluate the designations at (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today

    func run(services: AppServices, logger: Logger) async throws {
        let outcome = try await services.evaluations.evaluate(asOf: self.asOf, trigger: "cli", logger: logger)
        printError("evaluation #\(outcome.id) \(outcome.timings.description); \(outcome.deliveryJobs.count) webhook deliveries queued")
        print("evaluation #\(outcome.id): \(outcome.findingCount) findings as of \(self.asOf)")
    }
}
