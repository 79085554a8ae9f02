/// Why the embedded PostgreSQL cluster could not be set up or started.
public enum LocalPostgresError: Error, CustomStringConvertible, Sendable {
    /// No PostgreSQL server binaries (`initdb`, `pg_ctl`) were found.
    case binariesNotFound(searched: [String])
    /// A PostgreSQL command failed; its output is kept.
    case commandFailed(command: String, status: Int32, output: String)
    case io(String)

    public var description: String {
        switch self {
        case .binariesNotFound(let searched):
            "PostgreSQL server binaries (initdb, pg_ctl) not found in: \(searched.joined(separator: ", ")). "
                + "Install them (Debian: apt-get install -y postgresql; macOS: brew install postgresql@16), "
                + "set PG_BINDIR, or set DATABASE_URL to use another server."
        case .commandFailed(let command, let status, let output):
            "\(command) failed (exit \(status)):\n\(output)"
        case .io(let message):
            message
        }
    }
}
