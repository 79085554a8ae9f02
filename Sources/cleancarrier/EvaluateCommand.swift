import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import Logging
import PostgresNIO

/// `cleancarrier evaluate`: run every rule over the active datasets and store the findings.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate", abstract: "Evaluate the active datasets as of a date and store the findings.")

    @OptionGroup var options: GlobalOptions

    @Option(help: "The date to evaluate the designations at (YYYY-MM-DD; default: today, UTC).", transform: DayArgument.parse)
    var asOf: Day = DayArgument.today

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let asOf = self.asOf
        let (id, count) = try await Database.withClient(url, logger: logger) { client in
            try await Self.evaluate(asOf: asOf, trigger: "cli", client: client, logger: logger)
        }
        print("evaluation #\(id): \(count) findings as of \(asOf)")
    }

    /// Loads the snapshot, evaluates it and saves the result, telling on standard error how long each stage took.
    /// - Returns: the evaluation id and its number of findings.
    static func evaluate(asOf: Day, trigger: String, client: PostgresClient, logger: Logger) async throws -> (Int64, Int) {
        let clock = ContinuousClock()
        let started = clock.now
        let snapshot = try await SnapshotLoader(client: client).load(asOf: asOf, logger: logger)
        let loaded = clock.now
        let result = Evaluator().evaluate(snapshot)
        let evaluated = clock.now
        let id = try await EvaluationRepository(client: client).save(result, snapshot: snapshot, trigger: trigger, logger: logger)
        let saved = clock.now
        func seconds(_ duration: Duration) -> String { String(format: "%.2f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) }
        printError(
            "evaluation #\(id) took \(seconds(saved - started)) s: load \(seconds(loaded - started)) s, rules \(seconds(evaluated - loaded)) s, "
                + "save \(seconds(saved - evaluated)) s")
        return (id, result.findings.count)
    }
}

/// Parses dates given on the command line.
enum DayArgument {
    static func parse(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD)") }
        return day
    }

    /// Today in UTC.
    static var today: Day { Day(unixSeconds: Int64(Date().timeIntervalSince1970)) }

    /// Parses an instant, ISO 8601 with a zone: `2024-06-01T03:00:00Z` or `2024-06-01T05:00:00+02:00`.
    static func instant(_ text: String) throws -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw ValidationError("'\(text)' is not an instant (ISO 8601 with a zone, e.g. 2024-06-01T03:00:00Z)")
        }
        return date
    }

    /// The UTC day of an instant.
    static func day(of instant: Date) -> Day { Day(unixSeconds: Int64(instant.timeIntervalSince1970.rounded(.down))) }
}
