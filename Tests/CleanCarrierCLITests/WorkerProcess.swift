import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO

#if canImport(Glibc)
import Glibc
#endif

/// A real `cleancarrier worker` process for tests, logging to a file.
final class WorkerProcess {
    let name: String
    let logFile: String
    private let process: Process

    /// Starts `cleancarrier worker --name <name>` with `arguments`, against `databaseURL`.
    init(name: String, databaseURL: String, arguments: [String] = []) throws {
        self.name = name
        self.logFile = NSTemporaryDirectory() + "cc-\(name)-\(UUID().uuidString.prefix(6)).log"
        _ = FileManager.default.createFile(atPath: self.logFile, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIBinary.path)
        process.arguments = ["worker", "--name", name, "--log-level", "info"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: TestDatabase.repositoryRoot)
        process.environment = ProcessInfo.processInfo.environment.merging(["DATABASE_URL": databaseURL]) { _, new in new }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: self.logFile))
        try process.run()
        self.process = process
    }

    var isRunning: Bool { self.process.isRunning }

    /// What the worker logged so far.
    var log: String { (try? String(contentsOfFile: self.logFile, encoding: .utf8)) ?? "" }

    func send(_ signal: Int32) { kill(self.process.processIdentifier, signal) }

    /// Waits for the process to exit.
    /// - Returns: its exit status, or `nil` if it still runs after `timeout` (it is then killed).
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while self.process.isRunning {
            guard ContinuousClock.now < deadline else {
                self.send(SIGKILL)
                self.process.waitUntilExit()
                return nil
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        return self.process.terminationStatus
    }

    deinit {
        if self.process.isRunning { kill(self.process.processIdentifier, SIGKILL) }
    }
}

enum WorkerTestSupport {
    static let logger = TestDatabase.logger

    /// Polls `condition` every 50 ms until it holds or `timeout` passes.
    /// - Returns: whether it held.
    static func wait(timeout: Duration, _ condition: () async throws -> Bool) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if try await condition() { return true }
            try await Task.sleep(for: .milliseconds(50))
        }
        return try await condition()
    }

    /// The single integer `sql` selects.
    static func int(_ sql: String, client: PostgresClient) async throws -> Int {
        for try await value in try await client.query(PostgresQuery(unsafeSQL: sql), logger: Self.logger).decode(Int.self) { return value }
        return -1
    }

    /// Imports the demo's registry, AS relationships and declared interconnects.
    static func importFixtures(client: PostgresClient) async throws {
        let importer = DatasetImporter(client: client)
        func data(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: TestDatabase.repositoryRoot + "/Fixtures/" + path)) }
        _ = try await importer.importRegistry(file: "registry.yaml", data: try data("registry/registry.yaml"), logger: Self.logger)
        _ = try await importer.importASRelationships(file: "as-rel.txt", data: try data("caida/prc-neighbourhood.as-rel.txt"), logger: Self.logger)
        _ = try await importer.importInterconnects(file: "declared.csv", data: try data("interconnects/declared.csv"), logger: Self.logger)
    }

    /// Enqueues `count` evaluations as of 2024-06-01 in one statement, and wakes the workers.
    static func enqueueEvaluations(_ count: Int, client: PostgresClient) async throws {
        try await client.query(
            """
            WITH queued AS (
                INSERT INTO jobs (kind, payload) SELECT 'evaluate', '{"asOf": "2024-06-01", "trigger": "test"}' FROM generate_series(1, \(count)))
            SELECT pg_notify('cleancarrier_jobs', 'evaluate')
            """,
            logger: Self.logger
        )
    }
}
