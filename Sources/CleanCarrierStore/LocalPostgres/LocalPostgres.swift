import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A private PostgreSQL cluster run from the installed server binaries, in a project-local folder.
///
/// It listens on a Unix socket in its own folder and on a loopback TCP port chosen when the cluster is created.
/// Starting is idempotent and serialised across processes by a file lock, so concurrent test processes and a second
/// `cleancarrier db start` reuse the running cluster instead of corrupting it. PostgreSQL refuses to run as root:
/// when the caller is root, every server command runs as the unprivileged `postgres` system user.
public struct LocalPostgres: Sendable {
    /// The folder that holds the cluster's data, socket, log and lock.
    public let baseDirectory: String
    /// Whether the cluster keeps PostgreSQL's durability defaults (`fsync` on). Test clusters turn it off.
    public let durable: Bool
    /// The role every connection uses; it owns the cluster.
    public static let superuser = "cleancarrier"
    /// The database the CLI and server use.
    public static let database = "cleancarrier"

    var dataDirectory: String { self.baseDirectory + "/data" }
    var socketDirectory: String { self.baseDirectory + "/run" }
    var logFile: String { self.baseDirectory + "/postgres.log" }
    var stateFile: String { self.baseDirectory + "/cluster.json" }
    var lockFile: String { self.baseDirectory + "/lock" }

    /// The user server commands run as: `postgres` when the caller is root, else the caller.
    var serverUser: String? { getuid() == 0 ? "postgres" : nil }

    /// A cluster in `baseDirectory`.
    public init(baseDirectory: String, durable: Bool) {
        self.baseDirectory = baseDirectory
        self.durable = durable
    }

    /// The cluster of a project folder: `<project>/.cleancarrier/<name>`, or a folder under `/tmp` when the project's
    /// path cannot be reached by the `postgres` user or would make the Unix socket path too long.
    /// - Returns: the cluster and, when it fell back, the reason.
    public static func forProject(at projectDirectory: String, name: String = "postgres", durable: Bool = true) -> (LocalPostgres, String?) {
        let preferred = URL(fileURLWithPath: projectDirectory).standardizedFileURL.path + "/.cleancarrier/\(name)"
        var reason: String?
        if (preferred + "/run/.s.PGSQL.65535").utf8.count > 100 {
            reason = "the path \(preferred) is too long for a Unix socket"
        } else if getuid() == 0, let blocked = Self.firstUntraversableParent(of: preferred) {
            reason = "\(blocked) is not traversable by the postgres user"
        }
        guard let reason else { return (LocalPostgres(baseDirectory: preferred, durable: durable), nil) }
        var hasher = Hasher.stable
        hasher.combine(preferred)
        let fallback = "/tmp/cleancarrier-\(getuid())-\(hasher.value)/\(name)"
        return (LocalPostgres(baseDirectory: fallback, durable: durable), "\(reason): using \(fallback)")
    }

    /// The nearest existing ancestor folder that others cannot traverse (`o+x` missing), if any.
    private static func firstUntraversableParent(of path: String) -> String? {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        var folders: [String] = []
        while url.path != "/" {
            folders.append(url.path)
            url.deleteLastPathComponent()
        }
        for folder in folders.reversed() {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: folder) else { continue }
            let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o755
            if mode & 0o001 == 0 { return folder }
        }
        return nil
    }

    /// The connection settings of a running cluster.
    public struct Endpoint: Sendable, Hashable, Codable {
        public var socketDirectory: String
        public var port: Int

        /// The Unix socket file PostgreSQL listens on.
        public var socketPath: String { "\(self.socketDirectory)/.s.PGSQL.\(self.port)" }

        /// A libpq-style URL for the given database, reachable from any PostgreSQL client on this machine.
        public func url(database: String = LocalPostgres.database) -> String {
            "postgres://\(LocalPostgres.superuser)@127.0.0.1:\(self.port)/\(database)"
        }
    }
}

/// A small deterministic string hash (FNV-1a), for folder names that must not change between runs.
struct StableHasher {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    mutating func combine(_ text: String) {
        for byte in text.utf8 {
            self.value = (self.value ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }
}

extension Hasher {
    /// A hasher whose result is the same in every process (unlike `Hasher`).
    static var stable: StableHasher { StableHasher() }
}
