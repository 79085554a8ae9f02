import Foundation

/// Finds the PostgreSQL server binaries: `PG_BINDIR`, then `PATH`, then the usual install folders.
struct PostgresBinaries: Sendable {
    let directory: String

    var initdb: String { self.directory + "/initdb" }
    var pgCtl: String { self.directory + "/pg_ctl" }

    static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> PostgresBinaries {
        var candidates: [String] = []
        if let explicit = environment["PG_BINDIR"] { candidates.append(explicit) }
        candidates += (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        let debian = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: debian)) ?? []).compactMap(Int.init).sorted(by: >)
        candidates += versions.map { "\(debian)/\($0)/bin" }
        candidates += ["/usr/local/pgsql/bin", "/opt/homebrew/bin", "/usr/local/bin"]
        for directory in candidates {
            let manager = FileManager.default
            if manager.isExecutableFile(atPath: directory + "/initdb"), manager.isExecutableFile(atPath: directory + "/pg_ctl") {
                return PostgresBinaries(directory: directory)
            }
        }
        throw LocalPostgresError.binariesNotFound(searched: candidates)
    }
}

/// Tells, without starting anything, whether the embedded cluster can run here.
public enum LocalPostgresLocator {
    /// Whether `initdb` and `pg_ctl` are installed where `LocalPostgres` looks for them.
    public static func binariesInstalled() throws -> Bool {
        do {
            _ = try PostgresBinaries.locate()
            return true
        } catch LocalPostgresError.binariesNotFound {
            return false
        }
    }
}
