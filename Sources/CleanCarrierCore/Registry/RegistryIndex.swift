/// Look-up tables over a registry: entities by id, ASNs to holders, ownership edges.
public struct RegistryIndex: Sendable {
    public let registry: Registry
    /// Entities by id.
    public let entities: [EntityID: Entity]
    /// ASN identifiers by ASN, best confidence first.
    public let asnHolders: [ASN: [Identifier]]
    /// Links by owner.
    let linksByOwner: [EntityID: [EntityLink]]

    public init(_ registry: Registry) {
        self.registry = registry
        self.entities = Dictionary(registry.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var holders: [ASN: [Identifier]] = [:]
        for identifier in registry.identifiers where identifier.kind == .asn {
            if let asn = ASN(parsing: identifier.value) { holders[asn, default: []].append(identifier) }
        }
        self.asnHolders = holders.mapValues { list in
            list.sorted { ($0.confidence, $1.holder) > ($1.confidence, $0.holder) }
        }
        self.linksByOwner = Dictionary(grouping: registry.links, by: \.owner)
    }

    /// The identifier that ties `asn` to its holder on `day`, preferring the most confident source.
    public func holder(of asn: ASN, on day: Day) -> Identifier? {
        self.asnHolders[asn]?.first { $0.validity.contains(day) }
    }

    /// Every ASN the registry ties to an entity on `day`.
    public func asns(on day: Day) -> [ASN: Identifier] {
        var result: [ASN: Identifier] = [:]
        for asn in self.asnHolders.keys {
            if let holder = self.holder(of: asn, on: day) { result[asn] = holder }
        }
        return result
    }

    /// The entities `owner` owns or controls directly on `day`.
    func links(ownedBy owner: EntityID, on day: Day) -> [EntityLink] {
        (self.linksByOwner[owner] ?? []).filter { $0.validity.contains(day) }
    }
}
