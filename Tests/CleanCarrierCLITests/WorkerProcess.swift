import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO

/// A real `cleancarrier worker` process for tests, logging to a file.
final class WorkerProcess: Sendable {
    let name: String
    let logFile: String
    private let process: BackgroundProcess

    /// Starts `cleancarrier worker --name <name>` with `arguments`, against `databaseURL`.
    init(name: String, databaseURL: String, arguments: [String] = []) async throws {
        self.name = name
        self.logFile = NSTemporaryDirectory() + "cc-\(name)-\(UUID().uuidString.prefix(6)).log"
        self.process = try await BackgroundProcess(
            CLIBinary.path,
            ["worker", "--name", name, "--log-level", "info"] + arguments,
            environment: ["DATABASE_URL": databaseURL],
            directory: TestDatabase.repositoryRoot,
            errorLog: self.logFile
        )
    }

    /// Starts one worker per name, in turn.
    static func start(_ names: [String], databaseURL: String, arguments: [String]) async throws -> [WorkerProcess] {
        var workers: [WorkerProcess] = []
        for name in names { workers.append(try await WorkerProcess(name: name, databaseURL: databaseURL, arguments: arguments)) }
        return workers
    }

    var isRunning: Bool { self.process.isRunning }

    /// What the worker logged so far.
    var log: String { (try? String(contentsOfFile: self.logFile, encoding: .utf8)) ?? "" }

    func send(_ signal: Int32) { self.process.send(signal) }

    /// Waits for the process to exit.
    /// - Returns: its exit status, or `nil` if it still runs after `timeout` (it is then killed).
    func waitForExit(timeout: Duration = .seconds(30)) async throws -> Int32? {
        try await self.process.waitForExit(timeout: timeout)
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
