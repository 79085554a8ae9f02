/// A snapshot made ready for the rules: who holds each network, which country it belongs to, who is untrusted.
public struct EvaluationContext: Sendable {
    public let snapshot: Snapshot
    public let index: RegistryIndex
    public let untrusted: UntrustedSet
    /// The country whose networks the rules protect (ISO 3166-1 alpha-2).
    public let homeCountry: String

    public init(snapshot: Snapshot, affiliateThreshold: Double = 50, homeCountry: String = "US") {
        self.snapshot = snapshot
        let resolver = TrustResolver(registry: snapshot.registry, affiliateThreshold: affiliateThreshold)
        self.index = resolver.index
        self.untrusted = UntrustedSet(resolver: resolver, day: snapshot.asOf)
        self.homeCountry = homeCountry
    }

    /// How a finding names `asn`: its registry holder's name and country when the registry knows it, else its published
    /// AS name (the organisation part) and its RIR registration country (or the AS-names list's country).
    public func party(for asn: ASN) -> Party {
        let holder = self.index.holder(of: asn, on: self.snapshot.asOf).flatMap { self.index.entities[$0.holder] }
        let published = self.snapshot.asNames[asn]
        return Party(
            ref: asn.description,
            name: holder?.name ?? published?.organisation,
            country: holder?.country ?? self.snapshot.registrations[asn]?.country ?? published?.country,
            untrusted: self.untrusted.contains(asn)
        )
    }

    /// The country of `asn`: its registry holder's, else its RIR registration's.
    public func country(of asn: ASN) -> String? {
        self.index.holder(of: asn, on: self.snapshot.asOf).flatMap { self.index.entities[$0.holder]?.country }
            ?? self.snapshot.registrations[asn]?.country
    }

    /// How a finding names an entity.
    public func party(for entity: EntityID) -> Party {
        let known = self.index.entities[entity]
        return Party(ref: entity.rawValue, name: known?.name, country: known?.country, untrusted: self.untrusted.entities[entity] != nil)
    }

    /// How a finding names either kind of party.
    public func party(for ref: PartyRef) -> Party {
        switch ref {
        case .entity(let id): self.party(for: id)
        case .network(let asn): self.party(for: asn)
        }
    }

    /// Whether `party` belongs to the home country and is not itself untrusted.
    public func isProtected(_ party: Party) -> Bool {
        party.country == self.homeCountry && !party.untrusted
    }

    /// The rendered trust chains of an untrusted network or entity.
    public func trustChains(for ref: PartyRef) -> [String] {
        let (label, verdict): (String, TrustVerdict?) =
            switch ref {
            case .network(let asn): (asn.description, self.untrusted.verdict(for: asn))
            case .entity(let id): (self.index.entities[id]?.name ?? id.rawValue, self.untrusted.entities[id])
            }
        guard let verdict else { return [] }
        let prefix: String
        if case .network = ref, let holder = self.index.entities[verdict.entity] {
            prefix = "\(label) → \(holder.name)"
        } else {
            prefix = label
        }
        return verdict.reasons.map { TrustChainRenderer.render($0, prefix: prefix, entities: self.index.entities) }
    }
}
