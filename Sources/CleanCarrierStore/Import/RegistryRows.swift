import CleanCarrierCore

/// The COPY rows of a registry version.
enum RegistryRows {
    static func batches(_ registry: Registry, lines: RegistrySourceLines, dataset id: Int64) -> [CopyBatch] {
        let dataset = String(id)
        func line(_ list: [Int?], _ index: Int) -> String? { list.indices.contains(index) ? list[index].map(String.init) : nil }
        var entities = CopyBatch(table: "entities", columns: ["dataset_id", "id", "name", "country", "kind", "line"])
        for (index, entity) in registry.entities.enumerated() {
            entities.append([dataset, entity.id.rawValue, entity.name, entity.country, entity.kind.rawValue, line(lines.entities, index)])
        }
        var aliases = CopyBatch(table: "entity_aliases", columns: ["dataset_id", "entity_id", "position", "alias"])
        for entity in registry.entities {
            for (position, alias) in entity.aliases.enumerated() { aliases.append([dataset, entity.id.rawValue, String(position), alias]) }
        }
        var links = CopyBatch(
            table: "entity_links",
            columns: ["dataset_id", "owner_id", "owned_id", "share", "control", "source", "valid_from", "valid_to", "line"]
        )
        for (index, link) in registry.links.enumerated() {
            links.append([
                dataset, link.owner.rawValue, link.owned.rawValue, link.share.map { String($0) }, link.control ? "t" : "f", link.source,
                link.validity.from?.description, link.validity.to?.description, line(lines.links, index),
            ])
        }
        var identifiers = CopyBatch(
            table: "identifiers",
            columns: ["dataset_id", "kind", "value", "holder_id", "valid_from", "valid_to", "source", "confidence", "line"]
        )
        for (index, identifier) in registry.identifiers.enumerated() {
            identifiers.append([
                dataset, identifier.kind.rawValue, identifier.value, identifier.holder.rawValue, identifier.validity.from?.description,
                identifier.validity.to?.description, identifier.source, identifier.confidence.rawValue, line(lines.identifiers, index),
            ])
        }
        var designations = CopyBatch(
            table: "designations",
            columns: [
                "dataset_id", "id", "entity_id", "instrument", "effective", "ended", "citation", "extends_to_affiliates", "line",
                "affiliate_threshold",
            ]
        )
        for (index, designation) in registry.designations.enumerated() {
            designations.append([
                dataset, designation.id, designation.entity.rawValue, designation.instrument.rawValue, designation.effective.description,
                designation.end?.description, designation.citation, designation.extendsToAffiliates ? "t" : "f", line(lines.designations, index),
                designation.affiliateThreshold.map { String($0) },
            ])
        }
        return [entities, aliases, links, identifiers, designations]
    }
}
