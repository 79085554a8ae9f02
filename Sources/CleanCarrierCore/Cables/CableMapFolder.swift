import Foundation

/// The files of a cable map folder on disk (`cable/*.json`, `landing-point/*.json`), read whole.
public struct CableMapFolder: Sendable {
    /// One file: its path relative to the folder and its bytes.
    public struct Entry: Sendable {
        public var path: String
        public var data: Data
    }

    /// The folder as given.
    public let path: String
    /// The files the reader reads, by relative path.
    public let entries: [Entry]

    /// Reads every `cable/*.json` and `landing-point/*.json` of `path`, and its `landing-parties.csv` when present.
    /// - Throws: `InputError` when the folder or a file cannot be read.
    public init(path: String) throws(InputError) {
        self.path = path
        var entries: [Entry] = []
        for folder in ["cable", "landing-point"] {
            let directory = (path as NSString).appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                if folder == "cable" {
                    throw InputError(file: path, message: "no cable/ folder: expected TeleGeography's API v3 layout (cable/*.json, landing-point/*.json)")
                }
                continue
            }
            for name in names.sorted() where CableMapReader.reads("\(folder)/\(name)") {
                guard let data = FileManager.default.contents(atPath: (directory as NSString).appendingPathComponent(name)) else {
                    throw InputError(file: "\(path)/\(folder)/\(name)", message: "cannot read the file")
                }
                entries.append(Entry(path: "\(folder)/\(name)", data: data))
            }
        }
        let parties = (path as NSString).appendingPathComponent(LandingPartyCSVReader.fileName)
        if let data = FileManager.default.contents(atPath: parties) { entries.append(Entry(path: LandingPartyCSVReader.fileName, data: data)) }
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
            do { files.append(.init(path: entry.path, text: try TextEncoding.utf8.decode(entry.data, file: entry.path))) } catch { errors.append(error) }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return files
    }

    /// The cable map of the folder, tagged with `dataset`.
    public func read(dataset: Int64 = 0) throws(InputErrors) -> CableMap {
        try CableMapReader.read(self.files(), dataset: dataset)
    }
}
