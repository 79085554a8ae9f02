import CleanCarrierSQL
import Crypto
import Foundation

/// One numbered SQL migration file, e.g. `0001_init.sql`.
public struct Migration: Sendable, Hashable {
    /// The file name, which is also the migration's name in `schema_migrations`.
    public var name: String
    /// The SQL statements, in order; each runs as its own query (postgres-nio runs one statement per query).
    public var statements: [String]
    /// SHA-256 of the file's bytes, hex: a changed file is refused once applied.
    public var checksum: String

    public init(name: String, sql: String) {
        self.name = name
        self.statements = SQLStatementSplitter.statements(in: sql)
        self.checksum = SHA256.hash(data: Data(sql.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// The migrations embedded in the binary, in name order.
    public static func bundled() throws -> [Migration] {
        let bundle = MigrationFiles.bundle
        guard let folder = bundle.resourceURL?.appendingPathComponent("migrations") else { return [] }
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "sql" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.map { Migration(name: $0.lastPathComponent, sql: try String(contentsOf: $0, encoding: .utf8)) }
    }
}
