public import CleanCarrierCore
import Foundation

extension CableMapFolder {
    /// Reads every `cable/*.json` and `landing-point/*.json` of the folder at `path` (TeleGeography's API v3 layout),
    /// and its `landing-parties.csv` when present.
    /// - Throws: `InputError` when the folder or a file cannot be read.
    public init(path: String) throws(InputError) {
        var entries: [Entry] = []
        for folder in ["cable", "landing-point"] {
            let directory = (path as NSString).appendingPathComponent(folder)
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
                if folder == "cable" {
                    throw InputError(
                        file: path,
                        message: "no cable/ folder: expected TeleGeography's API v3 layout (cable/*.json, landing-point/*.json)"
                    )
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
        self.init(path: path, entries: entries)
    }
}
