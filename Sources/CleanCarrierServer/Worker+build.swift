import CleanCarrierApp
public import CleanCarrierStore
public import Logging
import PostgresNIO
public import ServiceLifecycle
import UnixSignals

/// How a worker runs: its lease, watchdog, polling, retries and whether it also runs the scheduler.
public struct WorkerSettings: Sendable {
    /// How long a claimed job stays leased without a heartbeat (heartbeats come every third of it).
    public var lease: Duration = .seconds(30)
    /// How long a job may run before the worker gives it up as stuck and exits with status 75.
    public var maximumJobTime: Duration = .seconds(900)
    /// How long an idle worker waits for a notification before looking at the queue anyway.
    public var pollInterval: Duration = .seconds(30)
    /// The wait before the first retry of a failed job; each further retry waits twice as long.
    public var backoff: Duration = .seconds(2)
    /// The interval between scheduler checks for due schedules and triggers.
    public var schedulerInterval: Duration = .seconds(15)
    /// Whether to run the scheduler too (only one scheduler leads at a time, whatever the number of workers).
    public var runsScheduler = true
    /// The worker's name in leases and the attempt log (default: host:pid:random).
    public var name: String?

    public init() {}
}

/// Builds a worker: the PostgreSQL client, the scheduler (unless turned off) and the job worker running evaluations
/// (through the `EvaluationService`) and webhook deliveries, as one service group that stops gracefully on SIGTERM
/// or SIGINT. Pending migrations are applied first.
public func buildWorker(database: DatabaseURL, settings: WorkerSettings, logger: Logger) async throws -> ServiceGroup {
    try await Database.withClient(database, logger: logger) { _ in }  // applies pending migrations
    let client = PostgresClient(configuration: database.clientConfiguration, backgroundLogger: logger)
    let queue = JobQueue(client: client, lease: settings.lease, backoff: settings.backoff)
    let handlers: [any JobHandler] = [EvaluationJobHandler(service: EvaluationService(client: client)), WebhookDeliveryJobHandler(client: client)]
    let worker = JobWorker(
        queue: queue,
        handlers: handlers,
        name: settings.name,
        pollInterval: settings.pollInterval,
        maximumJobTime: settings.maximumJobTime,
        stuckJobPolicy: .exitProcess(status: 75),
        logger: logger
    )
    var services: [ServiceGroupConfiguration.ServiceConfiguration] = [.init(service: client)]
    if settings.runsScheduler {
        services.append(.init(service: SchedulerService(client: client, interval: settings.schedulerInterval, logger: logger)))
    }
    services.append(.init(service: worker, successTerminationBehavior: .gracefullyShutdownGroup))
    return ServiceGroup(configuration: .init(services: services, gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
}
