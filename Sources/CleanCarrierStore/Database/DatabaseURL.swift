import Foundation
public import PostgresNIO

/// Connection settings parsed from a `postgres://user:password@host:port/database` URL.
///
/// A `host` query item naming a folder (`postgres:///db?host=/run/postgresql`) connects over that Unix socket.
public struct DatabaseURL: Sendable, Hashable, CustomStringConvertible {
    public var username: String
    public var password: String?
    public var host: String
    public var port: Int
    public var database: String
    /// The Unix socket folder, when the URL names one.
    public var socketDirectory: String?
    /// Whether to require TLS (`sslmode=require`); TLS is otherwise not used.
    public var requireTLS: Bool

    /// Parses `text`.
    /// - Throws: `DatabaseURL.Invalid` naming what is wrong.
    public init(_ text: String) throws {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw Invalid(text: text, reason: "it must look like postgres://user:password@host:port/database")
        }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { _, last in last })
        self.username = components.user.flatMap { $0.removingPercentEncoding } ?? query["user"] ?? "postgres"
        self.password = components.password?.removingPercentEncoding ?? query["password"]
        self.host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost"
        self.port = components.port ?? 5432
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.database = path.isEmpty ? self.username : path
        self.socketDirectory = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        self.requireTLS = query["sslmode"] == "require" || query["sslmode"] == "verify-full"
    }

    /// Settings for the same server and credentials, with another database.
    public func with(database: String) -> DatabaseURL {
        var copy = self
        copy.database = database
        return copy
    }

    /// postgres-nio client settings.
    public var clientConfiguration: PostgresClient.Configuration {
        if let socketDirectory {
            return .init(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(self.port)",
                username: self.username,
                password: self.password,
                database: self.database
            )
        }
        var tls = PostgresClient.Configuration.TLS.disable
        if self.requireTLS { tls = .require(.makeClientConfiguration()) }
        return .init(host: self.host, port: self.port, username: self.username, password: self.password, database: self.database, tls: tls)
    }

    /// postgres-nio single-connection settings.
    public func connectionConfiguration() throws -> PostgresConnection.Configuration {
        if let socketDirectory {
            return .init(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(self.port)",
                username: self.username,
                password: self.password,
                database: self.database
            )
        }
        let tls: PostgresConnection.Configuration.TLS = self.requireTLS ? .require(try .init(configuration: .makeClientConfiguration())) : .disable
        return .init(host: self.host, port: self.port, username: self.username, password: self.password, database: self.database, tls: tls)
    }

    /// The URL, with any password masked.
    public var description: String {
        let credentials = self.password == nil ? self.username : "\(self.username):***"
        let socket = self.socketDirectory.map { "?host=\($0)" } ?? ""
        return "postgres://\(credentials)@\(self.host):\(self.port)/\(self.database)\(socket)"
    }

    /// A URL that could not be used.
    public struct Invalid: Error, CustomStringConvertible {
        public var text: String
        public var reason: String
        public var description: String { "DATABASE_URL is not usable: \(self.reason)" }
    }
}

extension DatabaseURL {
    /// The URL with its password, for handing to another process (never log it: `description` masks it).
    public var connectionString: String {
        let user = self.username.addingPercentEncoding(withAllowedCharacters: .urlUserAllowed) ?? self.username
        let password = self.password.map { ":" + ($0.addingPercentEncoding(withAllowedCharacters: .urlPasswordAllowed) ?? $0) } ?? ""
        let socket = self.socketDirectory.map { "?host=\($0)" } ?? (self.requireTLS ? "?sslmode=require" : "")
        return "postgres://\(user)\(password)@\(self.host):\(self.port)/\(self.database)\(socket)"
    }
}
