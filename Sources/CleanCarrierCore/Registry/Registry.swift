/// Everything known about who is who: entities, who owns whom, what networks they hold, and who is designated.
///
/// A registry is a value: one version of it is loaded into an evaluation whole, so results are reproducible.
public struct Registry: Hashable, Sendable, Codable {
    public var entities: [Entity]
    public var links: [EntityLink]
    public var identifiers: [Identifier]
    public var designations: [Designation]

    public init(entities: [Entity] = [], links: [EntityLink] = [], identifiers: [Identifier] = [], designations: [Designation] = []) {
        self.entities = entities
        self.links = links
        self.identifiers = identifiers
        self.designations = designations
    }

    /// The registry with every list in canonical order, so equal registries encode to equal bytes.
    public var canonical: Registry {
        Registry(
            entities: self.entities.sorted { $0.id < $1.id },
            links: self.links.sorted { ($0.owner, $0.owned) < ($1.owner, $1.owned) },
            identifiers: self.identifiers.sorted {
                ($0.kind.rawValue, $0.value, $0.holder.rawValue) < ($1.kind.rawValue, $1.value, $1.holder.rawValue)
            },
            designations: self.designations.sorted { $0.id < $1.id }
        )
    }
}
