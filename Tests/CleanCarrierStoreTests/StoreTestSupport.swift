import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Logging
import PostgresNIO

/// Helpers the storage tests share: fixture paths, table fingerprints.
enum StoreFixtures {
    static func path(_ relative: String) -> String { TestDatabase.repositoryRoot + "/Fixtures/" + relative }

    static func data(_ relative: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: self.path(relative))) }

    /// Imports the demo fixtures.
    static func importAll(client: PostgresClient) async throws {
        let importer = DatasetImporter(client: client)
        let logger = TestDatabase.logger
        _ = try await importer.importRegistry(file: "registry.yaml", data: try self.data("registry/registry.yaml"), logger: logger)
        _ = try await importer.importRIRDelegated(
            file: "delegated-extract.txt",
            data: try self.data("registry/delegated-extract.txt"),
            logger: logger
        )
        _ = try await importer.importASNames(file: "asnames-extract.txt", data: try self.data("registry/asnames-extract.txt"), logger: logger)
        _ = try await importer.importASRelationships(
            file: "prc-neighbourhood.as-rel.txt",
            data: try self.data("caida/prc-neighbourhood.as-rel.txt"),
            logger: logger
        )
        _ = try await importer.importInterconnects(file: "declared.csv", data: try self.data("interconnects/declared.csv"), logger: logger)
        _ = try await importer.importPeeringDB(file: "peeringdb.json", data: try self.data("peeringdb/peeringdb.json"), logger: logger)
    }

    /// Imports the voice fixtures (`Fixtures/voice`): the operator ranges, then the route tables; the registry must be in.
    static func importVoice(client: PostgresClient) async throws -> (ranges: ImportOutcome, routes: ImportOutcome) {
        let importer = DatasetImporter(client: client)
        let ranges = try await importer.importNumberRanges(file: "ranges.csv", data: try self.data("voice/ranges.csv"), logger: TestDatabase.logger)
        let routes = try await importer.importVoiceRoutes(file: "routes.csv", data: try self.data("voice/routes.csv"), logger: TestDatabase.logger)
        return (ranges, routes)
    }

    /// Every data table's row count and content hash, to prove a rejected import changed nothing.
    static func tableState(client: PostgresClient) async throws -> [String: String] {
        var state: [String: String] = [:]
        for table in [
            "entities", "entity_links", "identifiers", "designations", "asn_registrations", "as_names", "as_links", "interconnects", "voice_routes",
            "number_ranges", "pdb_organizations", "pdb_networks", "pdb_places", "presence", "observed_paths", "evaluations", "findings", "equipment",
            "entity_aliases", "cable_systems", "landing_points", "cable_landings", "cable_owners", "landing_parties", "cable_circuits",
        ] {
            let rows = try await client.query(
                "SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM \(unescaped: table) t",
                logger: TestDatabase.logger
            )
            for try await value in rows.decode(String.self) { state[table] = value }
        }
        var datasets = ""
        for try await (id, status) in try await client.query(
            "SELECT id, status FROM datasets WHERE status <> 'rejected' ORDER BY id",
            logger: TestDatabase.logger
        )
        .decode((Int64, String).self) {
            datasets += "\(id):\(status) "
        }
        state["datasets"] = datasets
        return state
    }
}
