public import CleanCarrierCore
public import Foundation
public import Logging
import PostgresNIO

extension DatasetImporter {
    /// Imports a voice route table (CSV, docs/FORMATS.md "Voice routes"); carriers and next hops must be entities of
    /// the active registry. Each tenant's upload replaces that tenant's previous one.
    /// - Parameter ownCarriers: when given (a telco's upload), every route's carrier must be one of these entities.
    public func importVoiceRoutes(
        file: String,
        data: Data,
        tenant: String? = nil,
        ownCarriers: Set<EntityID>? = nil,
        logger: Logger
    ) async throws -> ImportOutcome {
        let known = try await self.activeEntityIDs(logger: logger)
        return try await self.importFile(kind: .voiceRoutes, tenant: tenant, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let routes = try VoiceRouteReader.readCSV(text, file: file, knownEntities: known)
            if let ownCarriers {
                let errors = routes.filter { !ownCarriers.contains($0.carrier) }.map { route in
                    InputError(file: file, line: route.line, field: "carrier", message: "'\(route.carrier)' is not one of the uploader's entities")
                }
                guard errors.isEmpty else { throw InputErrors(errors) }
            }
            return Parsed(rows: routes.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(
                    table: "voice_routes",
                    columns: ["dataset_id", "carrier", "prefix", "next_hop", "priority", "weight", "valid_from", "valid_to", "time_window", "line"]
                )
                let dataset = String(id)
                for route in routes {
                    batch.append([
                        dataset, route.carrier.rawValue, route.prefix.digits, route.nextHop.rawValue, String(route.priority), String(route.weight),
                        route.validity.from?.description, route.validity.to?.description, route.window?.description, String(route.line),
                    ])
                }
                return [batch]
            }
        }
    }

    /// Imports number ranges: libphonenumber's carrier table (TSV), whose carrier names are mapped to entities of the
    /// active registry where they match (`CarrierNameMatcher`), or an operator CSV, whose entities must be in it.
    /// The two formats are kept side by side (scope `libphonenumber` or `operator`); operator ranges win on a shared prefix.
    public func importNumberRanges(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        let entities = try await self.activeEntities(logger: logger)
        let format = NumberRangeReader.Format(of: String(decoding: data.prefix(4096), as: UTF8.self))
        let matcher = CarrierNameMatcher(entities: entities)
        let known = Set(entities.map(\.id))
        return try await self.importFile(kind: .numberRanges, format: format.rawValue, file: file, data: data, logger: logger) {
            (text) throws(InputErrors) in
            let ranges: [NumberRange]
            switch format {
            case .libphonenumber:
                ranges = try NumberRangeReader.readLibphonenumberTable(text, file: file).map { range in
                    var mapped = range
                    mapped.entity = matcher.entity(named: range.carrier)
                    return mapped
                }
            case .operatorCSV:
                ranges = try NumberRangeReader.readCSV(text, file: file, knownEntities: known)
            }
            let scope = format == .libphonenumber ? "libphonenumber" : "operator"
            return Parsed(rows: ranges.count, asOf: nil, scope: scope) { id in
                var batch = CopyBatch(table: "number_ranges", columns: ["dataset_id", "prefix", "country_code", "entity", "carrier", "line"])
                let dataset = String(id)
                for range in ranges {
                    batch.append([
                        dataset, range.prefix.digits, range.countryCode.map(String.init), range.entity?.rawValue, range.carrier, String(range.line),
                    ])
                }
                return [batch]
            }
        }
    }

    /// The entities of the active registry (none when no registry was imported).
    func activeEntities(logger: Logger) async throws -> [Entity] {
        var entities: [Entity] = []
        let rows = try await self.client.query(
            """
            SELECT e.id, e.name, e.country, e.kind FROM entities e JOIN datasets d ON d.id = e.dataset_id
            WHERE d.kind = 'registry' AND d.status = 'active' ORDER BY e.id
            """,
            logger: logger
        )
        for try await (id, name, country, kind) in rows.decode((String, String, String, Entity.Kind).self) {
            entities.append(Entity(id: EntityID(id), name: name, country: country, kind: kind))
        }
        return entities
    }
}
