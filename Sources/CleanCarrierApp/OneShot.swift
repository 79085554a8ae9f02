import CleanCarrierStore
import Logging
import PostgresNIO
import ServiceLifecycle
import Synchronization
import UnixSignals

/// Runs a one-shot piece of database work in a `ServiceGroup`: the PostgreSQL client as one service, the work as a
/// second that shuts the group down gracefully when it returns (STYLE §8).
enum OneShot {
    /// Connects to `url`, applies pending migrations, runs `body`, shuts down, and returns what `body` returned.
    static func run<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        _ body: @escaping @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger)
        let result = ResultBox<Result>()
        let work = ClosureService {
            try await Migrator.bundled().apply(client: client, logger: logger)
            let value = try await body(client)
            result.value.withLock { $0 = value }
        }
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: client), .init(service: work, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint],
                logger: logger
            )
        )
        try await group.run()
        guard let value = result.value.withLock({ $0 }) else { throw CancellationError() }
        return value
    }

    /// Carries the work's result out of its service.
    private final class ResultBox<Value: Sendable>: Sendable {
        let value = Mutex<Value?>(nil)
    }
}
