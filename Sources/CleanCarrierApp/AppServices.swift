public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The use cases, bound to one PostgreSQL client: what the command line, the HTTP handlers and the job handlers call.
public struct AppServices: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    public var evaluations: EvaluationService { EvaluationService(client: self.client) }
    public var imports: ImportService { ImportService(client: self.client) }
    public var traces: TraceService { TraceService(client: self.client) }
    public var cables: CableService { CableService(client: self.client) }
    public var registry: RegistryService { RegistryService(client: self.client) }
    public var reports: ReportService { ReportService(client: self.client) }
    public var keys: KeyService { KeyService(client: self.client) }
    public var schedules: ScheduleService { ScheduleService(client: self.client) }
    public var jobs: JobService { JobService(client: self.client) }
    public var webhooks: WebhookService { WebhookService(client: self.client) }

    /// Connects to `url`, applies pending migrations, runs `body` with the services, shuts down gracefully (also on
    /// SIGTERM or SIGINT) and returns what `body` returned: the pattern of every one-shot command.
    public static func run<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        _ body: @escaping @Sendable (AppServices) async throws -> Result
    ) async throws -> Result {
        try await OneShot.run(url, logger: logger) { client in try await body(AppServices(client: client)) }
    }

    /// Connects to `url` and applies the pending migrations, without running anything else.
    /// - Returns: the names of the migrations applied; none when the schema was current.
    public static func migrate(_ url: DatabaseURL, logger: Logger) async throws -> [String] {
        try await Database.withClient(url, logger: logger, migrate: false) { client in
            try await Migrator.bundled().apply(client: client, logger: logger)
        }
    }
}
