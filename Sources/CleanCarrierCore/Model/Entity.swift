/// A legal entity: a carrier, a corporate group, a government body.
public struct Entity: Hashable, Sendable, Codable {
    /// What kind of body an entity is: a vendor makes network equipment (its designations reach equipment inventories).
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case carrier, group, government, other, vendor
    }

    public var id: EntityID
    public var name: String
    /// ISO 3166-1 alpha-2 country of incorporation, e.g. `US`, `CN`, `HK`.
    public var country: String
    public var kind: Kind

    public init(id: EntityID, name: String, country: String, kind: Kind = .carrier) {
        self.id = id
        self.name = name
        self.country = country
        self.kind = kind
    }
}
