import CleanCarrierTestSupport
import Foundation

/// Debian's Chromium, run headless as the HTML report's reader: `scripts/setup-browser` installs it.
enum HeadlessChromium {
    /// The browser binary: `CHROMIUM`, else `chromium` on the `PATH`.
    static let binary: String? = {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["CHROMIUM"], !chosen.isEmpty { return chosen }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/chromium" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Whether the browser tests run: always under `CI=true` (a missing browser then fails them), else when installed.
    static let isAvailable: Bool = ProcessInfo.processInfo.environment["CI"] == "true" || Self.binary != nil

    /// Runs the browser headless on `file` with `arguments`, and returns what it printed on standard output.
    static func run(_ arguments: [String], file: String) async throws -> String {
        guard let binary = Self.binary else { throw Missing() }
        let flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
        return try await ChildProcess.run(binary, flags + arguments + [URL(fileURLWithPath: file).absoluteString]).stdout
    }

    /// The browser is not installed.
    struct Missing: Error, CustomStringConvertible {
        var description: String { "chromium is missing: run scripts/setup-browser (or set CHROMIUM)" }
    }
}
