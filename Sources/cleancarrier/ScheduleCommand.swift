import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Logging

/// `cleancarrier schedule add|list|remove`: cron schedules of evaluations.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Manage cron schedules of evaluations (run by `cleancarrier worker`).",
        subcommands: [Add.self, List.self, Remove.self]
    )

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a schedule.",
            discussion: "Example: cleancarrier schedule add nightly --cron '0 2 * * *' --time-zone America/New_York"
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "A name for the schedule.") var name: String
        @Option(help: "A five-field cron expression (minute hour day-of-month month day-of-week), or @daily, @weekly, ...") var cron: String
        @Option(help: "The time zone the expression is read in (an IANA name).") var timeZone = "UTC"
        @Option(help: "Which date each run evaluates: today or yesterday (in the schedule's time zone).") var asOf: AsOfRule = .today

        func run(services: AppServices, logger: Logger) async throws {
            let schedule = try await services.schedules.add(
                name: self.name,
                cron: self.cron,
                timeZone: self.timeZone,
                asOf: self.asOf,
                by: .commandLine,
                logger: logger
            )
            print(schedule.summary)
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "List the schedules.")
        @OptionGroup var options: GlobalOptions

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.schedules.list(logger: logger).tsv, terminator: "")
        }
    }

    struct Remove: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a schedule (jobs it queued stay queued).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The schedule's name.") var name: String

        func run(services: AppServices, logger: Logger) async throws {
            _ = try await services.schedules.remove(name: self.name, by: .commandLine, logger: logger)
            print("removed schedule \(self.name)")
        }
    }
}
