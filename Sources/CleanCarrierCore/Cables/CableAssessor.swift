/// Assesses cables against the registry on one day: maps owner names to entities through aliases and gives each
/// mapped owner and landing party its verdict and trust chains.
public struct CableAssessor: Sendable {
    public let map: CableMap
    public let index: RegistryIndex
    /// Verdicts on the untrusted entities of `day`.
    public let untrusted: [EntityID: TrustVerdict]
    public let day: Day
    private let matcher: OwnerNameMatcher

    /// - Parameter untrusted: the untrusted entities of `day` with their verdicts (`UntrustedSet.entities`).
    public init(map: CableMap, index: RegistryIndex, untrusted: [EntityID: TrustVerdict], day: Day) {
        self.map = map
        self.index = index
        self.untrusted = untrusted
        self.day = day
        self.matcher = OwnerNameMatcher(registry: index.registry)
    }

    /// The assessment of every cable landing in `country` (all cables when `nil`), in service on the day or not, by id.
    public func assessments(landingIn country: String?) -> [CableAssessment] {
        let cables = country.map { self.map.cables(landingIn: $0) } ?? self.map.cables
        return cables.map(self.assess)
    }

    /// The assessment of `cable`.
    public func assess(_ cable: CableSystem) -> CableAssessment {
        let owners = cable.owners.map { owner in
            self.holder(name: owner.name, role: .owner, licence: nil, entity: self.matcher.entity(for: owner.name), origin: cable.origin)
        }
        let parties = self.map.landingParties.filter { $0.cable == cable.id && $0.validity.contains(self.day) }.map { party in
            let role: CableAssessment.Holder.Role = party.role == .licensee ? .licensee : .landingParty
            let name = self.index.entities[party.entity]?.name ?? party.entity.rawValue
            return self.holder(name: name, role: role, licence: party.licence, entity: party.entity, origin: party.origin)
        }
        return CableAssessment(
            cable: cable,
            day: self.day,
            inService: cable.isInService(on: self.day),
            landings: self.map.landings(of: cable),
            owners: owners,
            landingParties: parties
        )
    }

    private func holder(
        name: String,
        role: CableAssessment.Holder.Role,
        licence: String?,
        entity: EntityID?,
        origin: RecordOrigin
    ) -> CableAssessment.Holder {
        let known = entity.flatMap { self.index.entities[$0] }
        let verdict = entity.flatMap { self.untrusted[$0] }
        let prefix = known.map { "\"\(name)\" → \($0.name)" } ?? "\"\(name)\""
        let chains = verdict?.reasons.map { TrustChainRenderer.render($0, prefix: prefix, entities: self.index.entities) } ?? []
        return CableAssessment.Holder(
            name: name,
            role: role,
            licence: licence,
            entity: known?.id,
            entityName: known?.name,
            untrusted: verdict?.isUntrusted == true,
            chains: chains,
            origin: origin
        )
    }
}
