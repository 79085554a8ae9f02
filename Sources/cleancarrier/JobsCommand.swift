import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Logging

/// `cleancarrier jobs list|show|retry|enqueue`: the job queue.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs",
        abstract: "Inspect the job queue, retry parked jobs, enqueue evaluations.",
        subcommands: [List.self, Show.self, Retry.self, Enqueue.self]
    )

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "List the latest jobs, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only jobs with this status: queued, running, succeeded, failed.") var status: JobStatus?
        @Option(help: "How many jobs to list.") var limit: Int = 50

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.jobs.list(status: self.status, limit: self.limit, logger: logger).tsv, terminator: "")
        }
    }

    struct Show: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job and every attempt at it.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The job id.") var id: Int64

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.jobs.job(id: self.id, logger: logger).detail)
        }
    }

    struct Retry: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a parked (failed) job again.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The job id.") var id: Int64
        @Option(help: "How many more attempts it gets.") var attempts: Int = 3

        func run(services: AppServices, logger: Logger) async throws {
            try await services.jobs.retry(id: self.id, extraAttempts: self.attempts, logger: logger)
            print("job \(self.id) queued again with \(self.attempts) more attempts")
        }
    }

    struct Enqueue: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Queue an evaluation for the workers.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "The date to evaluate the designations at (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today

        func run(services: AppServices, logger: Logger) async throws {
            let job = try await services.jobs.queueEvaluation(asOf: self.asOf, trigger: "cli", by: .commandLine, logger: logger)
            print("job \(job.id): evaluate as of \(self.asOf)")
        }
    }
}
