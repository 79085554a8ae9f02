import Foundation
import Subprocess

#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs a program and captures its output; used for PostgreSQL's server binaries.
///
/// Built on swift-subprocess rather than Foundation's `Process`, whose Linux implementation leaks a socket into the
/// child: a server that `pg_ctl` leaves running would hold it, and waiting for `pg_ctl` would never end.
struct CommandRunner: Sendable {
    /// The finished command's status and output.
    struct Outcome: Sendable {
        var status: Int32
        var output: String
    }

    /// Runs `executable` with `arguments`, as `user` when given (through `runuser`, which needs root).
    func run(_ executable: String, _ arguments: [String], as user: String? = nil) async throws -> Outcome {
        let (program, fullArguments): (String, [String]) =
            if let user { (Self.runuser, ["-u", user, "--", executable] + arguments) } else { (executable, arguments) }
        let result = try await Subprocess.run(
            .path(FilePath(program)),
            arguments: Arguments(fullArguments),
            input: .none,
            output: .string(limit: 1 << 20),
            error: .combinedWithOutput
        )
        let status: Int32 =
            switch result.terminationStatus {
            case .exited(let code): code
            case .signaled(let signal): 128 + signal
            }
        return Outcome(status: status, output: result.standardOutput)
    }

    private static let runuser =
        ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/sbin/runuser"
}
