import CleanCarrierApp
import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier schedule add|list|remove`: cron schedules of evaluations.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule", abstract: "Manage cron schedules of evaluations (run by `cleancarrier worker`).",
        subcommands: [Add.self, List.self, Remove.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a schedule.", discussion: "Example: cleancarrier schedule add nightly --cron '0 2 * * *' --time-zone America/New_York")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "A name for the schedule.")
        var name: String

        @Option(help: "A five-field cron expression (minute hour day-of-month month day-of-week), or @daily, @weekly, ...")
        var cron: String

        @Option(help: "The time zone the expression is read in (an IANA name).")
        var timeZone: String = "UTC"

        @Option(help: "Which date each run evaluates: today or yesterday (in the schedule's time zone).")
        var asOf: String = AsOfRule.today.rawValue

        func run() async throws {
            let cron: CronExpression
            do { cron = try CronExpression(self.cron) } catch { throw ValidationError(error.description) }
            guard let rule = AsOfRule(rawValue: self.asOf) else { throw ValidationError("--as-of must be today or yesterday") }
            let (name, zone) = (self.name, self.timeZone)
            do {
                let schedule = try await self.options.withServices { services, logger in
                    try await ScheduleRepository(client: services.client).add(name: name, cron: cron, timeZone: zone, asOf: rule, now: Date(), logger: logger)
                }
                print("schedule \(schedule.name): '\(schedule.cron)' in \(schedule.timeZone), next run \(schedule.nextRun.formatted(.iso8601))")
            } catch let error as ScheduleRepository.Invalid {
                throw ValidationError(error.description)
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the schedules.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let schedules = try await self.options.withServices { services, logger in
                try await ScheduleRepository(client: services.client).list(logger: logger)
            }
            print("name\tcron\ttime_zone\tas_of\tenabled\tnext_run\tlast_run")
            for schedule in schedules {
                let last = schedule.lastRun?.formatted(.iso8601) ?? "-"
                print(
                    "\(schedule.name)\t\(schedule.cron)\t\(schedule.timeZone)\t\(schedule.asOfRule.rawValue)\t\(schedule.enabled)\t"
                        + "\(schedule.nextRun.formatted(.iso8601))\t\(last)")
            }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a schedule (jobs it queued stay queued).")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "The schedule's name.")
        var name: String

        func run() async throws {
            let name = self.name
            let removed = try await self.options.withServices { services, logger in
                try await ScheduleRepository(client: services.client).remove(name: name, logger: logger)
            }
            guard removed != nil else { throw ValidationError("there is no schedule named '\(name)'") }
            print("removed schedule \(name)")
        }
    }
}
