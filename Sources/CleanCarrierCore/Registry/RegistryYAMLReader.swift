import Yams

/// Reads the registry file format (YAML, see docs/FORMATS.md) with an error for each bad field, by line.
public enum RegistryYAMLReader {
    /// A registry and the line each of its records starts on, for later checks to point at.
    public struct Result: Sendable {
        public var registry: Registry
        /// Lines of `registry.entities`, `links`, `identifiers` and `designations`, index for index.
        public var lines: RegistrySourceLines
    }

    /// Parses `text`, the content of `file`.
    /// - Throws: `InputErrors` naming the line and field of every problem found.
    public static func read(_ text: String, file: String) throws(InputErrors) -> Result {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { throw InputErrors([InputError(file: file, message: "the file is empty")]) }
            root = node
        } catch let error as InputErrors {
            throw error
        } catch let YamlError.scanner(_, problem, mark, _), let YamlError.parser(_, problem, mark, _) {
            throw InputErrors([InputError(file: file, line: mark.line, message: "not valid YAML: \(problem)")])
        } catch {
            throw InputErrors([InputError(file: file, message: "not valid YAML: \(error)")])
        }
        guard root.mapping != nil else {
            throw InputErrors([InputError(file: file, line: root.mark?.line, message: "the top level must be a mapping")])
        }
        var errors: [InputError] = []
        var registry = Registry()
        var lines = RegistrySourceLines()

        func each(_ section: String, keys: Set<String>, _ body: (inout YAMLFields) -> Void) -> [Int?] {
            guard let list = root[section] else { return [] }
            guard let items = list.sequence else {
                errors.append(InputError(file: file, line: list.mark?.line, field: section, message: "must be a list"))
                return []
            }
            var itemLines: [Int?] = []
            for item in items {
                var fields = YAMLFields(node: item, file: file, section: section)
                guard item.mapping != nil else {
                    errors.append(InputError(file: file, line: item.mark?.line, field: section, message: "each entry must be a mapping"))
                    continue
                }
                let before = registry
                fields.rejectUnknownKeys(keys)
                body(&fields)
                if fields.errors.isEmpty {
                    itemLines.append(fields.line)
                } else {
                    registry = before
                    errors += fields.errors
                }
            }
            return itemLines
        }

        lines.entities = each("entities", keys: ["id", "name", "country", "kind", "aliases"]) { fields in
            let id = fields.entityID("id")
            let name = fields.string("name")
            let country = fields.string("country")
            let kind = fields.node["kind"] == nil ? .carrier : fields.choice("kind", as: Entity.Kind.self)
            let aliases = fields.strings("aliases")
            guard let id, let name, let country, let kind, fields.errors.isEmpty else { return }
            registry.entities.append(Entity(id: id, name: name, country: country, kind: kind, aliases: aliases))
        }
        lines.links = each("links", keys: ["owner", "owned", "share", "control", "source", "valid_from", "valid_to"]) { fields in
            let owner = fields.entityID("owner")
            let owned = fields.entityID("owned")
            let source = fields.string("source")
            let share = fields.percent("share")
            let control = fields.bool("control", default: false)
            let validity = fields.validity()
            guard let owner, let owned, let source, fields.errors.isEmpty else { return }
            registry.links.append(EntityLink(owner: owner, owned: owned, share: share, control: control, source: source, validity: validity))
        }
        lines.identifiers = each("identifiers", keys: ["kind", "value", "holder", "source", "confidence", "valid_from", "valid_to"]) { fields in
            let kind = fields.choice("kind", as: Identifier.Kind.self)
            let raw = fields.string("value")
            let holder = fields.entityID("holder")
            let source = fields.string("source")
            let confidence = fields.choice("confidence", as: Identifier.Confidence.self)
            let validity = fields.validity()
            guard let kind, let raw, let holder, let source, let confidence, fields.errors.isEmpty else { return }
            guard let value = IdentifierSyntax.canonical(raw, kind: kind) else {
                fields.errors.append(
                    InputError(
                        file: file,
                        line: fields.node["value"]?.mark?.line,
                        field: "identifiers.value",
                        message: "'\(raw)' is not a valid \(kind.rawValue)"
                    )
                )
                return
            }
            registry.identifiers.append(
                Identifier(kind: kind, value: value, holder: holder, validity: validity, source: source, confidence: confidence)
            )
        }
        lines.designations = each(
            "designations",
            keys: ["id", "entity", "instrument", "effective", "end", "citation", "extends_to_affiliates", "affiliate_threshold"]
        ) {
            fields in
            let id = fields.string("id")
            let entity = fields.entityID("entity")
            let instrument = fields.choice("instrument", as: Designation.Instrument.self)
            let effective = fields.day("effective")
            let citation = fields.string("citation")
            let end = fields.optionalDay("end")
            let extends = fields.bool("extends_to_affiliates", default: true)
            let threshold = fields.percent("affiliate_threshold")
            guard let id, let entity, let instrument, let effective, let citation, fields.errors.isEmpty else { return }
            registry.designations.append(
                Designation(
                    id: id,
                    entity: entity,
                    instrument: instrument,
                    effective: effective,
                    end: end,
                    citation: citation,
                    extendsToAffiliates: extends,
                    affiliateThreshold: threshold
                )
            )
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return Result(registry: registry, lines: lines)
    }
}
