import CleanCarrierTestSupport
import Foundation

/// Where the shared data and BGPy are, for the oracle tests.
enum DataPathOracle {
    /// `CLEANCARRIER_SHARED`, else `../shared` beside the checkout (this file is three folders below the repo root).
    static let shared: String = {
        if let path = ProcessInfo.processInfo.environment["CLEANCARRIER_SHARED"] { return path }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    static var script: String { Self.shared + "/oracle/bgpy_routes.py" }
    static var caida2016: String { Self.shared + "/data/caida/20161101.as-rel.txt.bz2" }
    static var hasShared: Bool { FileManager.default.fileExists(atPath: Self.script) }
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// `CLEANCARRIER_BGPY_PYTHON`, else `/tmp/venv-bgpy/bin/python`, when that file is executable.
    static let python: String? = {
        let path = ProcessInfo.processInfo.environment["CLEANCARRIER_BGPY_PYTHON"] ?? "/tmp/venv-bgpy/bin/python"
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Run the oracle tests where the shared folder exists and BGPy is installed; under CI=true they run (and fail
    /// saying why) whenever the shared folder exists.
    static var enabled: Bool { Self.hasShared && (Self.python != nil || Self.isCI) }

    /// Runs `bgpy_routes.py FILE ORIGIN` and returns its stdout.
    static func routes(file: String, origin: UInt32) async throws -> String {
        guard let python = Self.python else { throw OracleMissing() }
        return try await ChildProcess.output(python, [Self.script, file, String(origin)])
    }

    /// A temporary file holding `text`.
    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("as-rel-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    struct OracleMissing: Error, CustomStringConvertible {
        var description: String { "BGPy not installed: run scripts/setup-oracles" }
    }
}
