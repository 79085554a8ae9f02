import ArgumentParser
import CleanCarrierServer
import Hummingbird

/// `cleancarrier serve`: run the HTTP API until SIGINT or SIGTERM.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the HTTP API (migrating the database first).",
        discussion: "Settings not given here come from the environment: HTTP_HOST, HTTP_PORT, UPLOAD_MAX_BYTES, DATABASE_URL."
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The address to listen on (default 127.0.0.1).") var hostname: String?
    @Option(help: "The port to listen on (default 8080).") var port: Int?
    @Option(help: "The largest upload accepted, in bytes (default 50 MiB).") var uploadMaxBytes: Int?

    func run() async throws {
        let logger = self.options.logger()
        let overrides = ServerSettings.Overrides(
            database: try await self.options.database(logger: logger),
            logLevel: self.options.logLevel,
            hostname: self.hostname,
            port: self.port,
            uploadLimit: self.uploadMaxBytes
        )
        try await buildApplication(reader: overrides.reader).runService()
    }
}
