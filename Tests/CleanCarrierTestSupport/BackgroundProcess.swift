import Subprocess
import Synchronization

#if canImport(System)
import System
#else
import SystemPackage
#endif

#if canImport(Glibc)
import Glibc
#endif

/// A program that runs beside a test (a `cleancarrier worker`) until it exits or is signalled, started through
/// swift-subprocess like `ChildProcess`; its standard error goes to a file the test can read while it runs.
public final class BackgroundProcess: Sendable {
    /// The child's process id.
    public let processIdentifier: pid_t
    private let exit: Task<Int32, any Error>
    private let ended: Ended

    /// Starts `executable` with `arguments`, and returns once it runs.
    /// - Parameters:
    ///   - environment: variables set on top of this process's environment.
    ///   - directory: the working directory.
    ///   - errorLog: the file its standard error is written to (created or emptied); standard output is discarded.
    public init(
        _ executable: String,
        _ arguments: [String],
        environment: [String: String] = [:],
        directory: String? = nil,
        errorLog: String
    ) async throws {
        let log = try FileDescriptor.open(
            FilePath(errorLog),
            .writeOnly,
            options: [.create, .truncate],
            permissions: [.ownerReadWrite, .groupRead, .otherRead]
        )
        let (started, announce) = AsyncThrowingStream.makeStream(of: pid_t.self)
        let ended = Ended()
        self.exit = Task {
            defer { ended.flag.store(true, ordering: .releasing) }
            do {
                let result = try await Subprocess.run(
                    ChildProcess.executable(executable),
                    arguments: Arguments(arguments),
                    environment: ChildProcess.environment(environment),
                    workingDirectory: directory.map { FilePath($0) },
                    input: .none,
                    output: .discarded,
                    error: .fileDescriptor(log, closeAfterSpawningProcess: true)
                ) { execution in
                    announce.yield(execution.processIdentifier.value)
                    announce.finish()
                }
                return ChildProcess.status(result.terminationStatus)
            } catch {
                announce.finish(throwing: error)
                throw error
            }
        }
        self.ended = ended
        var iterator = started.makeAsyncIterator()
        guard let processIdentifier = try await iterator.next() else { throw CancellationError() }
        self.processIdentifier = processIdentifier
    }

    /// Whether the program still runs.
    public var isRunning: Bool { !self.ended.flag.load(ordering: .acquiring) }

    /// Sends `signal` to the program.
    public func send(_ signal: Int32) { kill(self.processIdentifier, signal) }

    /// Waits for the program to exit.
    /// - Returns: its exit status (128 plus the signal when a signal ended it), or `nil` if it still ran after
    ///   `timeout` (it is then killed).
    public func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while self.isRunning {
            guard ContinuousClock.now < deadline else {
                self.send(SIGKILL)
                _ = try? await self.exit.value
                return nil
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await self.exit.value
    }

    deinit {
        if self.isRunning { kill(self.processIdentifier, SIGKILL) }
    }

    /// Set once the program has exited and been reaped.
    private final class Ended: Sendable {
        let flag = Atomic<Bool>(false)
    }
}
