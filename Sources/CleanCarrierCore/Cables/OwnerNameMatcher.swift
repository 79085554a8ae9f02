/// Maps owner names in third-party data (a cable map's `China Telecom`) to registry entities, through each entity's
/// aliases and its own name, compared without case, accents or punctuation.
public struct OwnerNameMatcher: Sendable {
    private let entities: [String: EntityID]

    public init(registry: Registry) {
        var entities: [String: EntityID] = [:]
        for entity in registry.entities {
            let key = Self.key(entity.name)
            if entities[key] == nil { entities[key] = entity.id }
        }
        for entity in registry.entities {
            for alias in entity.aliases { entities[Self.key(alias)] = entity.id }
        }
        self.entities = entities
    }

    /// The entity `name` maps to, or `nil` when no alias or entity name matches.
    public func entity(for name: String) -> EntityID? { self.entities[Self.key(name)] }

    /// `China Telecom (Americas) Corp.` → `china telecom americas corp`.
    public static func key(_ name: String) -> String {
        CountryCodes.key(name)
    }
}
