import ArgumentParser
import CleanCarrierApp
import CleanCarrierStore
import Foundation
import Logging

/// Options every command that touches the database shares.
struct GlobalOptions: ParsableArguments {
    @Option(help: "Log level: trace, debug, info, notice, warning, error.") var logLevel: Logger.Level = .warning
    @Option(help: "The project folder whose .cleancarrier/ holds the local PostgreSQL cluster (when DATABASE_URL is not set).")
    var projectDir: String = FileManager.default.currentDirectoryPath

    /// A logger writing to standard error at the chosen level.
    func logger(_ label: String = "cleancarrier") -> Logger {
        var logger = Logger(label: label) { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = self.logLevel
        return logger
    }

    /// Runs `body` with the use cases on the database (`database(logger:)`) and the logger, and returns its result.
    @discardableResult
    func withServices<Result: Sendable>(_ body: @escaping @Sendable (AppServices, Logger) async throws -> Result) async throws -> Result {
        let logger = self.logger()
        return try await AppServices.run(try await self.database(logger: logger), logger: logger) { services in try await body(services, logger) }
    }

    /// `DATABASE_URL`, or the local cluster, started if needed.
    func database(logger: Logger) async throws -> DatabaseURL {
        try await DatabaseLocator.resolve(projectDirectory: self.projectDir, logger: logger)
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
