import Foundation

/// The files of a cable map folder (`cable/*.json`, `landing-point/*.json`, `landing-parties.csv`), read whole.
public struct CableMapFolder: Sendable {
    /// One file: its path relative to the folder and its bytes.
    public struct Entry: Sendable {
        public var path: String
        public var data: Data

        public init(path: String, data: Data) {
            self.path = path
            self.data = data
        }
    }

    /// The folder as given.
    public let path: String
    /// The files the reader reads, by relative path.
    public let entries: [Entry]

    /// A folder's files as read (by `CableMapFolder(path:)` in CleanCarrierApp, which reads the disk).
    public init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
    }

    /// One byte string standing for the whole folder (each file's path, length and bytes, in path order), so identical
    /// folders hash alike.
    public var bundle: Data {
        var bundle = Data()
        for entry in self.entries {
            bundle.append(Data("\(entry.path)\n\(entry.data.count)\n".utf8))
            bundle.append(entry.data)
        }
        return bundle
    }

    /// The files as text, or every file that is not UTF-8, by name and line.
    public func files() throws(InputErrors) -> [CableMapReader.File] {
        var files: [CableMapReader.File] = []
        var errors: [InputError] = []
        for entry in self.entries {
            do { files.append(.init(path: entry.path, text: try TextEncoding.utf8.decode(entry.data, file: entry.path))) } catch {
                errors.append(error)
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return files
    }

    /// The cable map of the folder, tagged with `dataset`.
    public func read(dataset: Int64 = 0) throws(InputErrors) -> CableMap {
        try CableMapReader.read(self.files(), dataset: dataset)
    }
}
