import ArgumentParser
import CleanCarrierApp
import Logging

/// A command that works on the store: `run()` connects (`GlobalOptions.withServices`), runs
/// `run(services:logger:)` with the use cases, and shuts down.
protocol StoreCommand: AsyncParsableCommand, Sendable {
    var options: GlobalOptions { get }

    /// The command's work, with the use cases on the store.
    func run(services: AppServices, logger: Logger) async throws
}

extension StoreCommand {
    func run() async throws {
        try await self.options.withServices { services, logger in try await self.run(services: services, logger: logger) }
    }
}
