import Yams

/// Writes a registry in the file format `RegistryYAMLReader` reads, in canonical order, so export then import round-trips.
public enum RegistryYAMLWriter {
    /// The YAML text of `registry`.
    public static func yaml(_ registry: Registry) throws -> String {
        let canonical = registry.canonical
        let document = Document(
            entities: canonical.entities.map {
                .init(id: $0.id.rawValue, name: $0.name, country: $0.country, kind: $0.kind.rawValue, aliases: $0.aliases.isEmpty ? nil : $0.aliases)
            },
            links: canonical.links.map {
                .init(
                    owner: $0.owner.rawValue,
                    owned: $0.owned.rawValue,
                    share: $0.share,
                    control: $0.control,
                    source: $0.source,
                    valid_from: $0.validity.from?.description,
                    valid_to: $0.validity.to?.description
                )
            },
            identifiers: canonical.identifiers.map {
                .init(
                    kind: $0.kind.rawValue,
                    value: $0.value,
                    holder: $0.holder.rawValue,
                    source: $0.source,
                    confidence: $0.confidence.rawValue,
                    valid_from: $0.validity.from?.description,
                    valid_to: $0.validity.to?.description
                )
            },
            designations: canonical.designations.map {
                .init(
                    id: $0.id,
                    entity: $0.entity.rawValue,
                    instrument: $0.instrument.rawValue,
                    effective: $0.effective.description,
                    end: $0.end?.description,
                    citation: $0.citation,
                    extends_to_affiliates: $0.extendsToAffiliates,
                    affiliate_threshold: $0.affiliateThreshold
                )
            }
        )
        let header = "# CleanCarrier registry (format: docs/FORMATS.md#registry)\n"
        return header + (try YAMLEncoder().encode(document))
    }

    // The on-disk shape; property names are the file's keys.
    private struct Document: Encodable {
        struct EntityRow: Encodable {
            var id, name, country, kind: String
            var aliases: [String]?
        }
        struct LinkRow: Encodable {
            var owner, owned: String
            var share: Double?
            var control: Bool
            var source: String
            var valid_from, valid_to: String?
        }
        struct IdentifierRow: Encodable {
            var kind, value, holder, source, confidence: String
            var valid_from, valid_to: String?
        }
        struct DesignationRow: Encodable {
            var id, entity, instrument, effective: String
            var end: String?
            var citation: String
            var extends_to_affiliates: Bool
            var affiliate_threshold: Double?
        }
        var entities: [EntityRow]
        var links: [LinkRow]
        var identifiers: [IdentifierRow]
        var designations: [DesignationRow]
    }
}
