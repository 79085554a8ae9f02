import ArgumentParser
import CleanCarrierServer
import Logging
import ServiceLifecycle

/// `cleancarrier worker`: runs jobs from the queue (and, unless told not to, the scheduler) until SIGTERM or SIGINT.
struct WorkerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Run queued jobs (evaluations, webhook deliveries) and the scheduler until SIGTERM.",
        discussion: """
            Any number of workers may run, on any machines sharing the database. On SIGTERM a worker stops claiming, finishes \
            the job in hand and exits; a worker that is killed leaves its job to be taken over when its lease runs out. A \
            worker whose job runs longer than --max-job-time (stuck, e.g. in a query on a connection the server dropped) \
            exits with status 75, so that a supervisor (systemd, docker restart policy) starts a fresh one; the job is taken \
            over when its lease runs out.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "Seconds a claimed job stays leased without a heartbeat (heartbeats come every third of it).") var lease: Double = 30
    @Option(help: "Seconds a job may run before the worker gives it up as stuck and exits (status 75) for a fresh worker to take it over.")
    var maxJobTime: Double = 900
    @Option(help: "Seconds an idle worker waits for a notification before looking at the queue anyway.") var poll: Double = 30
    @Option(help: "Seconds before the first retry of a failed job; each further retry waits twice as long.") var backoff: Double = 2
    @Option(help: "Seconds between scheduler checks for due schedules and triggers.") var schedulerInterval: Double = 15
    @Flag(inversion: .prefixedNo, help: "Also run the scheduler (only one scheduler leads at a time, whatever the number of workers).")
    var scheduler = true
    @Option(help: "The worker's name in leases and the attempt log (default: host:pid:random).") var name: String?

    func validate() throws {
        guard self.lease >= 1, self.poll > 0, self.backoff >= 0, self.schedulerInterval > 0, self.maxJobTime > 0 else {
            throw ValidationError("--lease must be at least 1 second; --poll, --scheduler-interval and --max-job-time must be positive")
        }
    }

    func run() async throws {
        var logger = self.options.logger()
        logger[metadataKey: "component"] = "worker"
        var settings = WorkerSettings()
        settings.lease = .seconds(self.lease)
        settings.maximumJobTime = .seconds(self.maxJobTime)
        settings.pollInterval = .seconds(self.poll)
        settings.backoff = .seconds(self.backoff)
        settings.schedulerInterval = .seconds(self.schedulerInterval)
        settings.runsScheduler = self.scheduler
        settings.name = self.name
        try await buildWorker(database: try await self.options.database(logger: logger), settings: settings, logger: logger).run()
    }
}
