import CleanCarrierTestSupport
import Foundation

/// Where the voice tests find their inputs: the repository's `Fixtures/voice`, and the shared real data beside the
/// checkout (`../shared`, or `$CLEANCARRIER_SHARED`), which a fresh clone does not have.
enum VoiceTestSupport {
    /// The repository root (three folders above this file's folder).
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Fixtures/voice/NAME` in the repository.
    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Fixtures/voice/\(name)").path
    }

    /// The shared data folder, when present.
    static var sharedFolder: String? {
        let environment = ProcessInfo.processInfo.environment["CLEANCARRIER_SHARED"]
        let path = environment ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// libphonenumber's full carrier table in the shared data, when present.
    static var carrierTable: String? {
        guard let shared = sharedFolder else { return nil }
        let path = shared + "/data/numbering/phonenumbers_9.0.43_carriers.tsv.gz"
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A Python interpreter with phonenumbers 9.0.43: `$CLEANCARRIER_PN_PYTHON`, else `/tmp/venv-pn/bin/python`.
    static func phonenumbersPython() async -> String? {
        let path = ProcessInfo.processInfo.environment["CLEANCARRIER_PN_PYTHON"] ?? "/tmp/venv-pn/bin/python"
        guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
        return (try? await ChildProcess.output(path, ["-c", "import phonenumbers"])) != nil ? path : nil
    }

    /// Whether this run is CI (`CI=true`), where missing oracles fail instead of skipping.
    static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }
}
