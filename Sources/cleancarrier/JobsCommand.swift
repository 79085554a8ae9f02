import CleanCarrierApp
import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation

/// `cleancarrier jobs list|show|retry|enqueue`: the job queue.
struct JobsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jobs", abstract: "Inspect the job queue, retry parked jobs, enqueue evaluations.",
        subcommands: [List.self, Show.self, Retry.self, Enqueue.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the latest jobs, newest first.")
        @OptionGroup var options: GlobalOptions

        @Option(help: "Only jobs with this status: queued, running, succeeded, failed.")
        var status: JobStatus?

        @Option(help: "How many jobs to list.")
        var limit: Int = 50

        func run() async throws {
            let (status, limit) = (self.status, self.limit)
            let jobs = try await self.options.withServices { services, logger in
                try await JobQueue(client: services.client).list(status: status, limit: limit, logger: logger)
            }
            print("id\tkind\tstatus\tattempts\trun_after\tpayload\tlast_error")
            for job in jobs {
                let error = job.lastError.map { String($0.prefix(80)) } ?? ""
                print("\(job.id)\t\(job.kind)\t\(job.status)\t\(job.attempts)/\(job.maxAttempts)\t\(job.runAfter.formatted(.iso8601))\t\(job.payload)\t\(error)")
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one job and every attempt at it.")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "The job id.")
        var id: Int64

        func run() async throws {
            let id = self.id
            guard let job = try await self.options.withServices({ services, logger in
                try await JobQueue(client: services.client).record(id: id, logger: logger)
            }) else { throw ValidationError("there is no job \(id)") }
            print("job \(job.id): \(job.kind) \(job.payload)")
            print("status: \(job.status), attempts \(job.attempts) of \(job.maxAttempts), run after \(job.runAfter.formatted(.iso8601))")
            if let owner = job.leaseOwner, let until = job.leaseUntil { print("leased to \(owner) until \(until.formatted(.iso8601))") }
            if let key = job.dedupeKey { print("dedupe key: \(key)") }
            if let error = job.lastError { print("last error: \(error)") }
            for attempt in job.history {
                let end = attempt.finishedAt.map { " → \($0.formatted(.iso8601))" } ?? ""
                let error = attempt.error.map { ": \($0)" } ?? ""
                print("  attempt \(attempt.number) by \(attempt.worker) at \(attempt.startedAt.formatted(.iso8601))\(end) \(attempt.outcome ?? "running")\(error)")
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Queue a parked (failed) job again.")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "The job id.")
        var id: Int64

        @Option(help: "How many more attempts it gets.")
        var attempts: Int = 3

        func run() async throws {
            let (id, attempts) = (self.id, self.attempts)
            let retried = try await self.options.withServices { services, logger in
                try await JobQueue(client: services.client).retry(id: id, extraAttempts: attempts, logger: logger)
            }
            guard retried else { throw ValidationError("job \(id) does not exist or is not parked (failed)") }
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
            let id = try await self.options.withServices { services, logger in
                try await JobQueue(client: services.client).enqueue(
                    kind: EvaluationJobPayload.kind, payload: EvaluationJobPayload(asOf: asOf, trigger: "cli"), logger: logger)
            }
            print("job \(id.map(String.init) ?? "?"): evaluate as of \(asOf)")
        }
    }
}
