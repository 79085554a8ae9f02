import Foundation

extension LocalPostgres {
    /// What `status()` found.
    public enum Status: Sendable, Equatable {
        case notCreated
        case stopped
        case running(Endpoint)
    }

    /// Creates the cluster if needed and starts it if it is not running; safe to call from many processes at once.
    /// - Returns: where the running cluster listens.
    @discardableResult
    public func start() async throws -> Endpoint {
        let binaries = try PostgresBinaries.locate()
        try FileManager.default.createDirectory(atPath: self.baseDirectory, withIntermediateDirectories: true)
        return try await FileLock(path: self.lockFile).withLock {
            let endpoint = try await self.createIfNeeded(binaries: binaries)
            if try await self.isRunning(binaries: binaries) { return endpoint }
            let outcome = try await CommandRunner().run(
                binaries.pgCtl,
                ["start", "-D", self.dataDirectory, "-l", self.logFile, "-w", "-t", "60", "-s"],
                as: self.serverUser
            )
            guard outcome.status == 0 else {
                let log = (try? String(contentsOfFile: self.logFile, encoding: .utf8))?.split(separator: "\n").suffix(15).joined(separator: "\n")
                throw LocalPostgresError.commandFailed(command: "pg_ctl start", status: outcome.status, output: outcome.output + "\n" + (log ?? ""))
            }
            return endpoint
        }
    }

    /// Stops the cluster if it is running (fast shutdown: open sessions are ended).
    /// - Returns: whether it was running.
    @discardableResult
    public func stop() async throws -> Bool {
        guard FileManager.default.fileExists(atPath: self.dataDirectory + "/PG_VERSION") else { return false }
        let binaries = try PostgresBinaries.locate()
        return try await FileLock(path: self.lockFile).withLock {
            guard try await self.isRunning(binaries: binaries) else { return false }
            let outcome = try await CommandRunner().run(
                binaries.pgCtl,
                ["stop", "-D", self.dataDirectory, "-m", "fast", "-w", "-s"],
                as: self.serverUser
            )
            guard outcome.status == 0 else {
                throw LocalPostgresError.commandFailed(command: "pg_ctl stop", status: outcome.status, output: outcome.output)
            }
            return true
        }
    }

    /// Whether the cluster exists and runs, without changing anything.
    public func status() async throws -> Status {
        guard FileManager.default.fileExists(atPath: self.dataDirectory + "/PG_VERSION"), let endpoint = self.savedEndpoint() else {
            return .notCreated
        }
        return try await self.isRunning(binaries: PostgresBinaries.locate()) ? .running(endpoint) : .stopped
    }

    private func isRunning(binaries: PostgresBinaries) async throws -> Bool {
        try await CommandRunner().run(binaries.pgCtl, ["status", "-D", self.dataDirectory], as: self.serverUser).status == 0
    }

    private func savedEndpoint() -> Endpoint? {
        guard let data = FileManager.default.contents(atPath: self.stateFile) else { return nil }
        return try? JSONDecoder().decode(Endpoint.self, from: data)
    }

    /// Runs `initdb` and writes the cluster's settings, once; later calls return the saved endpoint.
    private func createIfNeeded(binaries: PostgresBinaries) async throws -> Endpoint {
        if FileManager.default.fileExists(atPath: self.dataDirectory + "/PG_VERSION"), let endpoint = self.savedEndpoint() {
            return endpoint
        }
        let manager = FileManager.default
        if manager.fileExists(atPath: self.dataDirectory) { try manager.removeItem(atPath: self.dataDirectory) }  // a half-made cluster
        for folder in [self.dataDirectory, self.socketDirectory] {
            try manager.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        if let user = self.serverUser {
            for path in [self.dataDirectory, self.socketDirectory] {
                let outcome = try await CommandRunner().run("/bin/chown", ["\(user):", path])
                guard outcome.status == 0 else {
                    throw LocalPostgresError.commandFailed(command: "chown", status: outcome.status, output: outcome.output)
                }
            }
            try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: self.baseDirectory)
            _ = FileManager.default.createFile(atPath: self.logFile, contents: nil)
            _ = try await CommandRunner().run("/bin/chown", ["\(user):", self.logFile])
        }
        let initdb = try await CommandRunner().run(
            binaries.initdb,
            ["-D", self.dataDirectory, "-U", Self.superuser, "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-instructions"],
            as: self.serverUser
        )
        guard initdb.status == 0 else {
            throw LocalPostgresError.commandFailed(command: "initdb", status: initdb.status, output: initdb.output)
        }
        let endpoint = Endpoint(socketDirectory: self.socketDirectory, port: try FreePort.loopback())
        var settings = """

            # Written by CleanCarrier's LocalPostgres.
            listen_addresses = '127.0.0.1'
            port = \(endpoint.port)
            unix_socket_directories = '\(endpoint.socketDirectory)'

            """
        // A test cluster serves a whole test run, about a hundred suites at once, each with its own client pool.
        settings +=
            self.durable ? "max_connections = 200\n" : "max_connections = 600\nfsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
        let conf = URL(fileURLWithPath: self.dataDirectory + "/postgresql.conf")
        let handle = try FileHandle(forWritingTo: conf)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(settings.utf8))
        try handle.close()
        try JSONEncoder().encode(endpoint).write(to: URL(fileURLWithPath: self.stateFile))
        return endpoint
    }
}
