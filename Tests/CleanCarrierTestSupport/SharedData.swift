import Foundation

/// The real public data beside the checkout (`../shared/data`, or `$CLEANCARRIER_SHARED/data`), which a fresh clone
/// does not have: tests that need it are enabled only where it is present.
public enum SharedData {
    /// The shared folder: `$CLEANCARRIER_SHARED`, else `../shared` beside the repository.
    public static let folder: String = {
        if let path = ProcessInfo.processInfo.environment["CLEANCARRIER_SHARED"], !path.isEmpty { return path }
        return URL(fileURLWithPath: TestDatabase.repositoryRoot).deletingLastPathComponent().appendingPathComponent("shared").path
    }()

    /// The path of `relative` under the shared data folder, when that file exists.
    public static func path(_ relative: String) -> String? {
        let path = Self.folder + "/data/" + relative
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The five RIRs' delegated-extended statistics of 2017-01-31, when present.
    public static var rirDelegatedFiles: [String]? {
        let files = ["afrinic", "apnic", "arin", "lacnic", "ripencc"].compactMap {
            Self.path("registry/rir-delegated-20170131/delegated-\($0)-extended-20170131.gz")
        }
        return files.count == 5 ? files : nil
    }

    /// The potaroo AS-names list of 2016-11-01, when present.
    public static var asNamesFile: String? { Self.path("registry/potaroo-asnames-20161101.txt.gz") }
}
