public import CleanCarrierCore
import Foundation

extension InputFile {
    /// The AS graph of a CAIDA AS-relationship file (plain, `.gz` or `.bz2`).
    /// - Throws: `InputErrors` for an unreadable file, bad lines, or links BGPy could not route on.
    public static func graph(at path: String) async throws(InputErrors) -> ASGraph {
        let data: Data
        do { data = try await Self.data(at: path) } catch { throw InputErrors([error]) }
        return try ASGraph(relationships: data, file: path)
    }

    /// The number ranges of a file: libphonenumber's carrier table or the operator CSV, told by its header.
    public static func numberRanges(at path: String, knownEntities: Set<EntityID>? = nil) async throws(InputErrors) -> [NumberRange] {
        let text: String
        do { text = try await Self.text(at: path) } catch { throw InputErrors([error]) }
        return try NumberRangeReader.read(text, file: path, knownEntities: knownEntities)
    }

    /// The voice routes of a route CSV file.
    public static func voiceRoutes(at path: String, knownEntities: Set<EntityID>? = nil) async throws(InputErrors) -> [VoiceRoute] {
        let text: String
        do { text = try await Self.text(at: path) } catch { throw InputErrors([error]) }
        return try VoiceRouteReader.readCSV(text, file: path, knownEntities: knownEntities)
    }

    /// The AS country table of a TSV file (`asn` and `rir_cc` columns by default).
    public static func countryTable(at path: String) async throws(InputError) -> ASCountryTable {
        try ASCountryTable(text: try await Self.text(at: path), file: path)
    }

    /// The registry of a YAML file.
    /// - Throws: `InputErrors` for an unreadable file or bad YAML (the registry is not validated here).
    public static func registry(at path: String) async throws(InputErrors) -> RegistryYAMLReader.Result {
        let text: String
        do { text = try await Self.text(at: path) } catch { throw InputErrors([error]) }
        return try RegistryYAMLReader.read(text, file: path)
    }
}
