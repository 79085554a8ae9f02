public import Logging
public import PostgresNIO
import Synchronization

/// Runs a PostgreSQL client for the length of a piece of work: the pattern every one-shot command uses.
public enum Database {
    /// How long the client may take to wind down once the work is done.
    static let shutdownTimeout: Duration = .seconds(10)

    /// Connects to `url`, applies pending migrations (unless told not to), runs `body`, then shuts the client down.
    ///
    /// The shutdown waits at most `shutdownTimeout`: under heavy load a `PostgresClient` was seen never to return from
    /// `run()` once cancelled (the test suite hung after a test's last query, with no connection left open), and work
    /// that is done must not hang on it. Such a client is logged and left to the end of the process.
    public static func withClient<Result: Sendable>(
        _ url: DatabaseURL,
        logger: Logger,
        migrate: Bool = true,
        _ body: @Sendable (PostgresClient) async throws -> Result
    ) async throws -> Result {
        let client = PostgresClient(configuration: url.clientConfiguration, backgroundLogger: logger)
        let running = Task { await client.run() }
        do {
            if migrate { try await Migrator.bundled().apply(client: client, logger: logger) }
            let result = try await body(client)
            await Self.stop(running, within: Self.shutdownTimeout, logger: logger)
            return result
        } catch {
            await Self.stop(running, within: Self.shutdownTimeout, logger: logger)
            throw error
        }
    }

    /// Cancels `running` (the client's `run()`) and waits for it to end, or for `timeout`, whichever comes first.
    /// - Returns: whether it ended in time.
    @discardableResult
    package static func stop(_ running: Task<Void, Never>, within timeout: Duration, logger: Logger) async -> Bool {
        running.cancel()
        let ended = await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let pending = Mutex<CheckedContinuation<Bool, Never>?>(continuation)
            let finish: @Sendable (Bool) -> Void = { ended in pending.withLock { $0.take() }?.resume(returning: ended) }
            let timer = Task {
                try? await Task.sleep(for: timeout)
                finish(false)
            }
            Task {
                await running.value
                timer.cancel()
                finish(true)
            }
        }
        if !ended { logger.warning("The PostgreSQL client did not shut down in time; it is left to the end of the process") }
        return ended
    }
}
