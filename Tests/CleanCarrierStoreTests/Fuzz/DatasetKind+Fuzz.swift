import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO

/// Each importer kind under fuzzing: its valid inputs, field separators, what must be imported first, and the call.
extension DatasetKind {
    /// The valid files the cases start from (`Fixtures/` paths; observed paths are inline, there is no fixture file).
    var seeds: [(name: String, bytes: [UInt8])] {
        get throws {
            switch self {
            case .registry: [try Self.fixture("registry/registry.yaml")]
            case .rirDelegated: [try Self.fixture("registry/delegated-extract.txt")]
            case .asNames: [try Self.fixture("registry/asnames-extract.txt")]
            case .asRelationships: [try Self.fixture("caida/prc-neighbourhood.as-rel.txt")]
            case .interconnects: [try Self.fixture("interconnects/declared.csv")]
            case .observedPaths: [("rib.txt", Array(Self.observedPathRows.utf8))]
            case .voiceRoutes: [try Self.fixture("voice/routes.csv")]
            case .numberRanges: [try Self.fixture("voice/ranges.csv"), try Self.fixture("voice/numbering-extract.tsv")]
            case .peeringDB: [try Self.fixture("peeringdb/peeringdb.json")]
            case .equipment: [try Self.fixture("equipment/inventory.csv")]
            case .cables: [("pacific-test.json", Array((CableMapSample.cables()["pacific-test"] ?? "").utf8))]
            case .cableCircuits: [("circuits.csv", Array("carrier,cable,end_a,end_b,start,end\natt,pacific-test,US,CN,2019-01-01,\n".utf8))]
            }
        }
    }

    /// The bytes that separate fields in the format.
    var delimiters: [UInt8] {
        switch self {
        case .registry: Array(":, ".utf8)
        case .rirDelegated, .asRelationships: Array("|".utf8)
        case .asNames: Array("\t, ".utf8)
        case .interconnects, .voiceRoutes, .equipment: Array(",".utf8)
        case .observedPaths: Array("| ".utf8)
        case .numberRanges: Array(",\t".utf8)
        case .peeringDB, .cables: Array(",:".utf8)
        case .cableCircuits: Array(",".utf8)
        }
    }

    /// The table each imported row lands in, where rows map one to one.
    var table: String? {
        switch self {
        case .asNames: "as_names"
        case .asRelationships: "as_links"
        case .interconnects: "interconnects"
        case .observedPaths: "observed_paths"
        case .voiceRoutes: "voice_routes"
        case .numberRanges: "number_ranges"
        case .equipment: "equipment"
        case .cableCircuits: "cable_circuits"
        default: nil
        }
    }

    /// The kind's name in test output.

    /// Whether the kind checks its entities against the active registry, which is then imported first.
    var needsRegistry: Bool { [.interconnects, .voiceRoutes, .numberRanges, .equipment, .cables, .cableCircuits].contains(self) }

    /// Imports `bytes` as a file named `file`.
    func importFile(_ file: String, bytes: [UInt8], client: PostgresClient) async throws -> ImportOutcome {
        let importer = DatasetImporter(client: client)
        let data = Data(bytes)
        let logger = TestDatabase.logger
        switch self {
        case .registry: return try await importer.importRegistry(file: file, data: data, logger: logger)
        case .rirDelegated: return try await importer.importRIRDelegated(file: file, data: data, logger: logger)
        case .asNames: return try await importer.importASNames(file: file, data: data, logger: logger)
        case .asRelationships: return try await importer.importASRelationships(file: file, data: data, logger: logger)
        case .interconnects: return try await importer.importInterconnects(file: file, data: data, logger: logger)
        case .observedPaths: return try await importer.importObservedPaths(file: file, data: data, logger: logger)
        case .voiceRoutes: return try await importer.importVoiceRoutes(file: file, data: data, tenant: nil, logger: logger)
        case .numberRanges: return try await importer.importNumberRanges(file: file, data: data, logger: logger)
        case .peeringDB: return try await importer.importPeeringDB(file: file, data: data, logger: logger)
        case .equipment: return try await importer.importEquipment(file: file, data: data, logger: logger)
        case .cableCircuits: return try await importer.importCableCircuits(file: file, data: data, logger: logger)
        case .cables:
            // The mutated bytes are one cable file of a folder, `cable/<file>`: errors name it so.
            let folder = NSTemporaryDirectory() + "cc-fuzz-cables-\(UUID().uuidString.prefix(8))"
            try FileManager.default.createDirectory(atPath: folder + "/cable", withIntermediateDirectories: true)
            try data.write(to: URL(fileURLWithPath: folder + "/cable/" + file))
            defer { try? FileManager.default.removeItem(atPath: folder) }
            return try await importer.importCables(folder: try CableMapFolder(path: folder), logger: logger).outcome
        }
    }

    private static func fixture(_ path: String) throws -> (name: String, bytes: [UInt8]) {
        (URL(fileURLWithPath: path).lastPathComponent, Array(try StoreFixtures.data(path)))
    }

    /// `bgpdump -m` rows in the shape of the RIS dumps (the rows of BGPDumpReaderTests and some like them).
    static let observedPathRows = """
        TABLE_DUMP2|1277971199|B|202.249.2.169|2497|1.9.0.0/16|2497 2914 4788|IGP|202.249.2.169|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.20|4777|1.9.0.0/16|4777 2516 4788|IGP|202.249.2.20|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.20|4777|1.12.0.0/14|4777 2516 2516 2516 4134 4847 18245|IGP|202.249.2.20|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.20|4777|20.137.0.0/21|4777 2516 3549 21877 {4237,4238}|IGP|202.249.2.110|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.169|2497|58.14.0.0/15|2497 4134 4847|IGP|202.249.2.169|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.169|2497|61.128.0.0/10|2497 3356 4134|IGP|202.249.2.169|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.86|7500|202.97.0.0/16|7500 2914 4134|IGP|202.249.2.86|0|0||NAG||
        TABLE_DUMP2|1277971199|B|202.249.2.86|7500|219.158.0.0/17|7500 7018 4837|IGP|202.249.2.86|0|0||NAG||
        BGP4MP|1277971199|W|202.249.2.20|4777|10.0.0.0/8

        """
}
