import CleanCarrierAPI
import CleanCarrierCore

/// One registry version judged on one day: each entity's verdict with its trust chains, as the API shows it.
struct RegistryView {
    let registry: Registry
    let day: Day
    private let resolver: TrustResolver
    private let verdicts: [EntityID: TrustVerdict]

    init(registry: Registry, day: Day) {
        self.registry = registry
        self.day = day
        self.resolver = TrustResolver(registry: registry)
        self.verdicts = self.resolver.verdicts(on: day)
    }

    /// The verdict on entity `id`, or `nil` when the registry does not know it.
    func verdict(for id: EntityID) -> Components.Schemas.EntityVerdict? {
        guard let entity = self.resolver.index.entities[id] else { return nil }
        let reasons = self.verdicts[id]?.reasons ?? []
        let chains = reasons.map { TrustChainRenderer.render($0, prefix: entity.name, entities: self.resolver.index.entities) }
        let asns = self.registry.identifiers.filter { $0.kind == .asn && $0.holder == id && $0.validity.contains(self.day) }.map { "AS\($0.value)" }
        return .init(
            id: id.rawValue,
            name: entity.name,
            country: entity.country,
            kind: entity.kind.rawValue,
            untrusted: !reasons.isEmpty,
            chains: chains,
            asns: asns.sorted()
        )
    }
}
