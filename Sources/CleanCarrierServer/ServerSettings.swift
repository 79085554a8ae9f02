public import CleanCarrierStore
public import Configuration
public import Logging

/// What the server reads from its configuration, besides Hummingbird's own `http.*` keys.
///
/// Keys: `database.url` (required, secret; env `DATABASE_URL`), `upload.maxBytes` (default 50 MiB; env
/// `UPLOAD_MAX_BYTES`), `log.level` (default `info`; env `LOG_LEVEL`).
public struct ServerSettings: Sendable {
    /// A required setting that is missing or unusable.
    public struct Invalid: Error, CustomStringConvertible {
        public var description: String
    }

    public var database: DatabaseURL
    /// The largest upload accepted, in bytes; larger ones get 413.
    public var uploadLimit: Int
    public var logLevel: Logger.Level
    /// Body sizes, timeouts and request rates (`AbuseLimits`).
    public var limits: AbuseLimits

    /// The default upload limit: 50 MiB.
    public static let defaultUploadLimit = 50 << 20

    /// Reads the settings.
    /// - Throws: `Invalid` when `database.url` is missing or unusable.
    public init(reader: ConfigReader) throws {
        guard let url = reader.string(forKey: "database.url", isSecret: true) else {
            throw Invalid(description: "database.url (DATABASE_URL) is not set")
        }
        self.database = try DatabaseURL(url)
        self.uploadLimit = reader.int(forKey: "upload.maxBytes", default: Self.defaultUploadLimit)
        self.logLevel = reader.string(forKey: "log.level", as: Logger.Level.self, default: .info)
        self.limits = AbuseLimits(reader: reader)
    }
}
