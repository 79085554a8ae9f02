public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Reads cable map datasets and declared circuits back from the store.
public struct CableRepository: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// The active cable map and its dataset id, or `nil` when none was imported.
    public func activeMap(logger: Logger) async throws -> (dataset: Int64, map: CableMap)? {
        let rows = try await self.client.query(
            "SELECT id FROM datasets WHERE kind = 'cables' AND status = 'active' ORDER BY id DESC LIMIT 1",
            logger: logger
        )
        var active: Int64?
        for try await id in rows.decode(Int64.self) { active = id }
        guard let active else { return nil }
        return (active, try await self.map(dataset: active, logger: logger))
    }

    /// The cable map stored as dataset `id`; each record's origin names its file in the folder.
    public func map(dataset id: Int64, logger: Logger) async throws -> CableMap {
        var points: [String: LandingPoint] = [:]
        for try await (point, name, city, countryName, country, latitude, longitude, file, object) in try await self.client.query(
            """
            SELECT id, name, city, country_name, country, latitude, longitude, file, object FROM landing_points WHERE dataset_id = \(id)
            """,
            logger: logger
        ).decode((String, String, String, String, String, Double?, Double?, String, String).self) {
            points[point] = LandingPoint(
                id: point,
                name: name,
                city: city,
                countryName: countryName,
                country: country,
                latitude: latitude,
                longitude: longitude,
                origin: RecordOrigin(dataset: id, file: file, line: nil, object: object)
            )
        }
        var landings: [String: [String]] = [:]
        for try await (cable, point) in try await self.client.query(
            "SELECT cable_id, landing_point_id FROM cable_landings WHERE dataset_id = \(id) ORDER BY cable_id, position",
            logger: logger
        ).decode((String, String).self) {
            landings[cable, default: []].append(point)
        }
        var owners: [String: [CableOwner]] = [:]
        for try await (cable, name, share) in try await self.client.query(
            "SELECT cable_id, name, share FROM cable_owners WHERE dataset_id = \(id) ORDER BY cable_id, position",
            logger: logger
        ).decode((String, String, Double?).self) {
            owners[cable, default: []].append(CableOwner(name: name, share: share))
        }
        var cables: [CableSystem] = []
        for try await (cable, name, length, year, planned, retired, suppliers, file) in try await self.client.query(
            "SELECT id, name, length, rfs_year, planned, retired::text, suppliers, file FROM cable_systems WHERE dataset_id = \(id) ORDER BY id",
            logger: logger
        ).decode((String, String, String?, Int?, Bool, String?, String?, String).self) {
            cables.append(
                CableSystem(
                    id: cable,
                    name: name,
                    length: length,
                    readyForServiceYear: year,
                    isPlanned: planned,
                    retired: try UnreadableStoredValue.day(retired, table: "cable_systems", column: "retired"),
                    landingPoints: landings[cable] ?? [],
                    owners: owners[cable] ?? [],
                    suppliers: suppliers,
                    origin: RecordOrigin(dataset: id, file: file, line: nil, object: "cable \(cable)")
                )
            )
        }
        var parties: [LandingParty] = []
        for try await (cable, entity, role, licence, granted, expires, line) in try await self.client.query(
            """
            SELECT cable_id, entity_id, role, licence, granted::text, expires::text, line FROM landing_parties
            WHERE dataset_id = \(id) ORDER BY line
            """,
            logger: logger
        ).decode((String, String, LandingParty.Role, String?, String?, String?, Int).self) {
            parties.append(
                LandingParty(
                    cable: cable,
                    entity: EntityID(entity),
                    role: role,
                    licence: licence,
                    granted: try UnreadableStoredValue.day(granted, table: "landing_parties", column: "granted"),
                    expires: try UnreadableStoredValue.day(expires, table: "landing_parties", column: "expires"),
                    origin: RecordOrigin(dataset: id, file: LandingPartyCSVReader.fileName, line: line)
                )
            )
        }
        return CableMap(cables: cables, landingPoints: points, landingParties: parties)
    }

    /// The declared circuits of dataset `id`, in line order, each naming `file`.
    public func circuits(dataset id: Int64, file: String, logger: Logger) async throws -> [DeclaredCircuit] {
        var circuits: [DeclaredCircuit] = []
        for try await (carrier, cable, endA, endB, started, ended, line) in try await self.client.query(
            """
            SELECT carrier, cable_id, end_a, end_b, started::text, ended::text, line FROM cable_circuits
            WHERE dataset_id = \(id) ORDER BY line
            """,
            logger: logger
        ).decode((String, String, String, String, String?, String?, Int).self) {
            circuits.append(
                DeclaredCircuit(
                    carrier: try UnreadableStoredValue.party(carrier, table: "cable_circuits", column: "carrier"),
                    cable: cable,
                    endA: endA,
                    endB: endB,
                    validity: try UnreadableStoredValue.validity(started, ended, table: "cable_circuits", columns: ("started", "ended")),
                    origin: RecordOrigin(dataset: id, file: file, line: line)
                )
            )
        }
        return circuits
    }
}
