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
    /// Other names the entity goes by in third-party data, e.g. `China Telecom` as an owner of a submarine cable.
    public var aliases: [String]

    public init(id: EntityID, name: String, country: String, kind: Kind = .carrier, aliases: [String] = []) {
        self.id = id
        self.name = name
        self.country = country
        self.kind = kind
        self.aliases = aliases
    }

    private enum CodingKeys: String, CodingKey { case id, name, country, kind, aliases }

    /// Decodes an entity; `aliases` may be absent (entities encoded before aliases existed).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.id = try container.decode(EntityID.self, forKey: .id)
        self.name = try container.decode(String.self, forKey: .name)
        self.country = try container.decode(String.self, forKey: .country)
        self.kind = try container.decode(Kind.self, forKey: .kind)
        self.aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }
}
