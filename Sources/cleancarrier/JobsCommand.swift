import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore

/// `cleancarrier jobs list|show|retry|enqueue`: the job queue.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "Inspect the job queue, retry parked jobs, enqueue evaluations.",
        subcommands: [List.self, Show.self, Retry.self, Enqueue.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the latest jobs, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only jobs with this status: queued, running, succeeded, failed.") var status: JobStatus?
        @Option(help: "How many jobs to list.") var limit: Int = 50

        func run() async throws {
            let (status, limit) = (self.status, self.limit)
            let jobs = try await self.options.withServices { services, logger in try await services.jobs.list(status: status, limit: limit, logger: logger) }
            print(jobs.tsv, terminator: "")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job and every attempt at it.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The job id.") var id: Int64

        func run() async throws {
            let id = self.id
            print(try await self.options.withServices { services, logger in try await services.jobs.job(id: id, logger: logger) }.detail)
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a parked (failed) job again.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The job id.") var id: Int64
        @Option(help: "How many more attempts it gets.") var attempts: Int = 3

        func run() async throws {
            let (id, attempts) = (self.id, self.attempts)
            try await self.options.withServices { services, logger in try await services.jobs.retry(id: id, extraAttempts: attempts, logger: logger) }
            print("job \(id) queued again with \(attempts) more attempts")
        }
    }

    struct Enqueue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue an evaluation for the workers.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "The date to evaluate the designations at (YYYY-MM-DD; default: today, UTC).", transform: DayArgument.parse)
        var asOf: Day = DayArgument.today

        func run() async throws {
            let asOf = self.asOf
            let job = try await self.options.withServices { services, logger in
                try await services.jobs.queueEvaluation(asOf: asOf, trigger: "cli", by: .commandLine, logger: logger)
            }
            print("job \(job.id): evaluate as of \(asOf)")
        }
    }
}
