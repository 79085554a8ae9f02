import Subprocess

#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Runs the programs the tests drive (the `cleancarrier` binary, the oracles, `gzip`, a headless browser) through
/// swift-subprocess, as the product runs PostgreSQL's binaries: no thread is blocked while they run, and both streams
/// are read at once, so a chatty child cannot fill a pipe and stall.
public enum ChildProcess {
    /// How a finished program ended and what it wrote.
    public struct Result: Sendable {
        /// The exit status, or 128 plus the signal that ended it.
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `arguments` to its end.
    /// - Parameters:
    ///   - executable: a path, or a name looked up on `PATH`.
    ///   - environment: variables set on top of this process's environment.
    ///   - directory: the working directory (default: this process's).
    public static func run(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String] = [:],
        directory: String? = nil
    ) async throws -> Result {
        let result = try await Subprocess.run(
            Self.executable(executable),
            arguments: Arguments(arguments),
            environment: Self.environment(environment),
            workingDirectory: directory.map { FilePath($0) },
            input: .none,
            output: .string(limit: 256 << 20),
            error: .string(limit: 64 << 20)
        )
        return Result(status: Self.status(result.terminationStatus), stdout: result.standardOutput, stderr: result.standardError)
    }

    /// Runs `executable` as `run` does, and fails unless it exits 0.
    /// - Returns: what it wrote on standard output.
    @discardableResult
    public static func output(_ executable: String, _ arguments: [String]) async throws -> String {
        let result = try await Self.run(executable, arguments)
        guard result.status == 0 else { throw Failed(command: ([executable] + arguments).joined(separator: " "), result: result) }
        return result.stdout
    }

    /// A program given by path or by name.
    static func executable(_ text: String) -> Executable {
        text.contains("/") ? .path(FilePath(text)) : .name(text)
    }

    /// This process's environment with `variables` set on top.
    static func environment(_ variables: [String: String]) -> Environment {
        var overrides: [Environment.Key: String?] = [:]
        for (name, value) in variables { overrides[Environment.Key(stringLiteral: name)] = value }
        return .inherit.updating(overrides)
    }

    /// The exit status, or 128 plus the signal, as a shell reports it.
    static func status(_ status: TerminationStatus) -> Int32 {
        switch status {
        case .exited(let code): code
        case .signaled(let signal): 128 + signal
        }
    }

    /// A program that `output` ran did not exit 0.
    public struct Failed: Error, CustomStringConvertible {
        var command: String
        var result: Result

        public var description: String { "\(self.command) exited \(self.result.status): \(self.result.stderr.suffix(2_000))" }
    }
}
