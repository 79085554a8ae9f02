public import CleanCarrierStore
public import Configuration
public import Logging

extension ServerSettings {
    /// Settings given on the command line (`cleancarrier serve`), which win over the environment: the configuration
    /// keys stay here, beside the code that reads them.
    public struct Overrides: Sendable {
        public var database: DatabaseURL
        public var logLevel: Logger.Level
        /// `http.host`; the environment's `HTTP_HOST`, else 127.0.0.1, when `nil`.
        public var hostname: String?
        /// `http.port`; the environment's `HTTP_PORT`, else 8080, when `nil`.
        public var port: Int?
        /// `upload.maxBytes`; the environment's `UPLOAD_MAX_BYTES`, else 50 MiB, when `nil`.
        public var uploadLimit: Int?

        public init(database: DatabaseURL, logLevel: Logger.Level, hostname: String? = nil, port: Int? = nil, uploadLimit: Int? = nil) {
            self.database = database
            self.logLevel = logLevel
            self.hostname = hostname
            self.port = port
            self.uploadLimit = uploadLimit
        }

        /// The configuration: these settings first, then the environment.
        public var reader: ConfigReader {
            var values: [AbsoluteConfigKey: ConfigValue] = [
                "database.url": .init(.string(self.database.connectionString), isSecret: true),
                "log.level": .init(.string(self.logLevel.rawValue), isSecret: false),
            ]
            if let hostname { values["http.host"] = .init(.string(hostname), isSecret: false) }
            if let port { values["http.port"] = .init(.int(port), isSecret: false) }
            if let uploadLimit { values["upload.maxBytes"] = .init(.int(uploadLimit), isSecret: false) }
            return ConfigReader(providers: [InMemoryProvider(name: "arguments", values: values), EnvironmentVariablesProvider()])
        }
    }
}
