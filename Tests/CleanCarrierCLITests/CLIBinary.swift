import CleanCarrierTestSupport
import Foundation
import Testing

/// The `cleancarrier` binary the few end-to-end tests run, as a user would. It must have been built from the sources
/// as they are now (`swift build`, which `scripts/test` runs first): a binary older than any source file is refused
/// rather than trusted, so that a test never passes on yesterday's code.
enum CLIBinary {
    static let path = TestDatabase.repositoryRoot + "/.build/debug/cleancarrier"

    /// Fails the test unless the binary exists and is newer than every file under `Sources/` and `SQL/`.
    static func requireFresh(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.path), "build first: swift build", sourceLocation: sourceLocation)
        let built = try Self.modified(Self.path)
        let newest = try ["Sources", "SQL"].flatMap { try Self.files(under: TestDatabase.repositoryRoot + "/" + $0) }
            .max { $0.1 < $1.1 }
        if let newest {
            try #require(
                built >= newest.1,
                "\(Self.path) is older than \(newest.0): run swift build first (or scripts/test, which also relinks a binary SwiftPM leaves alone when files were only touched)",
                sourceLocation: sourceLocation
            )
        }
    }

    private static func modified(_ path: String) throws -> Date {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date)
    }

    private static func files(under folder: String) throws -> [(String, Date)] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var files: [(String, Date)] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            let path = folder + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                files.append((path, try Self.modified(path)))
            }
        }
        return files
    }
}
