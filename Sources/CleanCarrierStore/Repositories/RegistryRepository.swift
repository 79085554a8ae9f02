public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Reads registry versions back from the store.
public struct RegistryRepository: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// The id of the active registry dataset, if one was imported.
    public func activeVersion(logger: Logger) async throws -> Int64? {
        let rows = try await self.client.query(
            "SELECT id FROM datasets WHERE kind = 'registry' AND status = 'active' ORDER BY id DESC LIMIT 1",
            logger: logger
        )
        for try await id in rows.decode(Int64.self) { return id }
        return nil
    }

    /// The active registry, or `nil` when none was imported.
    public func activeRegistry(logger: Logger) async throws -> Registry? {
        guard let version = try await self.activeVersion(logger: logger) else { return nil }
        return try await self.registry(dataset: version, logger: logger)
    }

    /// The registry stored as dataset `id`, in file order.
    public func registry(dataset id: Int64, logger: Logger) async throws -> Registry {
        var registry = Registry()
        for try await (entity, name, country, kind) in try await self.client.query(
            "SELECT id, name, country, kind FROM entities WHERE dataset_id = \(id) ORDER BY line, id",
            logger: logger
        ).decode((String, String, String, Entity.Kind).self) {
            registry.entities.append(Entity(id: EntityID(entity), name: name, country: country, kind: kind))
        }
        var aliases: [EntityID: [String]] = [:]
        for try await (entity, alias) in try await self.client.query(
            "SELECT entity_id, alias FROM entity_aliases WHERE dataset_id = \(id) ORDER BY entity_id, position",
            logger: logger
        ).decode((String, String).self) {
            aliases[EntityID(entity), default: []].append(alias)
        }
        for index in registry.entities.indices { registry.entities[index].aliases = aliases[registry.entities[index].id] ?? [] }
        for try await (owner, owned, share, control, source, from, to) in try await self.client.query(
            """
            SELECT owner_id, owned_id, share, control, source, valid_from::text, valid_to::text
            FROM entity_links WHERE dataset_id = \(id) ORDER BY line
            """,
            logger: logger
        ).decode((String, String, Double?, Bool, String, String?, String?).self) {
            registry.links.append(
                EntityLink(
                    owner: EntityID(owner),
                    owned: EntityID(owned),
                    share: share,
                    control: control,
                    source: source,
                    validity: try UnreadableStoredValue.validity(from, to, table: "entity_links")
                )
            )
        }
        for try await (kind, value, holder, from, to, source, confidence) in try await self.client.query(
            """
            SELECT kind, value, holder_id, valid_from::text, valid_to::text, source, confidence
            FROM identifiers WHERE dataset_id = \(id) ORDER BY line
            """,
            logger: logger
        ).decode((Identifier.Kind, String, String, String?, String?, String, Identifier.Confidence).self) {
            registry.identifiers.append(
                Identifier(
                    kind: kind,
                    value: value,
                    holder: EntityID(holder),
                    validity: try UnreadableStoredValue.validity(from, to, table: "identifiers"),
                    source: source,
                    confidence: confidence
                )
            )
        }
        for try await (designation, entity, instrument, effective, ended, citation, extends, threshold) in try await self.client.query(
            """
            SELECT id, entity_id, instrument, effective::text, ended::text, citation, extends_to_affiliates, affiliate_threshold
            FROM designations WHERE dataset_id = \(id) ORDER BY line
            """,
            logger: logger
        ).decode((String, String, Designation.Instrument, String, String?, String, Bool, Double?).self) {
            let effective = try UnreadableStoredValue.day(effective, table: "designations", column: "effective")
            registry.designations.append(
                Designation(
                    id: designation,
                    entity: EntityID(entity),
                    instrument: instrument,
                    effective: effective,
                    end: try UnreadableStoredValue.day(ended, table: "designations", column: "ended"),
                    citation: citation,
                    extendsToAffiliates: extends,
                    affiliateThreshold: threshold
                )
            )
        }
        return registry
    }
}
