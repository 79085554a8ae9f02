import ArgumentParser
import CleanCarrierServer
import CleanCarrierStore
import Configuration
import Hummingbird
import Logging

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
        let url = try await self.options.database(logger: logger)
        var values: [AbsoluteConfigKey: ConfigValue] = [
            "database.url": .init(.string(url.connectionString), isSecret: true),
            "log.level": .init(.string(self.options.logLevel.rawValue), isSecret: false),
        ]
        if let hostname { values["http.host"] = .init(.string(hostname), isSecret: false) }
        if let port { values["http.port"] = .init(.int(port), isSecret: false) }
        if let uploadMaxBytes { values["upload.maxBytes"] = .init(.int(uploadMaxBytes), isSecret: false) }
        let reader = ConfigReader(providers: [InMemoryProvider(name: "arguments", values: values), EnvironmentVariablesProvider()])
        let app = try await buildApplication(reader: reader)
        try await app.runService()
    }
}
