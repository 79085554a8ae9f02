/// The parties of the declared interconnects, seen through the registry on the evaluation day: which ASNs each
/// stands for, who holds a declared ASN, and which protected telcos declare at all.
struct DeclaredParties {
    /// The holder of each ASN the registry ties to an entity on the day.
    let holders: [ASN: EntityID]
    /// The ASNs each entity holds on the day.
    let asnsByEntity: [EntityID: Set<ASN>]
    /// The protected telcos named in any declaration, each as its `owner(of:)`.
    let declaring: Set<PartyRef>

    init(context: EvaluationContext) {
        let holders = context.index.asns(on: context.snapshot.asOf).mapValues(\.holder)
        var asnsByEntity: [EntityID: Set<ASN>] = [:]
        for (asn, holder) in holders { asnsByEntity[holder, default: []].insert(asn) }
        self.holders = holders
        self.asnsByEntity = asnsByEntity
        var declaring = Set<PartyRef>()
        for declaration in context.snapshot.interconnects {
            for party in [declaration.partyA, declaration.partyB] where context.isProtected(context.party(for: party)) {
                declaring.insert(Self.owner(of: party, holders: holders))
            }
        }
        self.declaring = declaring
    }

    /// The ASNs `party` stands for: the network itself, or every ASN the entity holds.
    func asns(of party: PartyRef) -> Set<ASN> {
        switch party {
        case .network(let asn): [asn]
        case .entity(let id): self.asnsByEntity[id] ?? []
        }
    }

    /// The telco behind `party`: a network's registry holder when it has one, else the party itself.
    func owner(of party: PartyRef) -> PartyRef {
        Self.owner(of: party, holders: self.holders)
    }

    private static func owner(of party: PartyRef, holders: [ASN: EntityID]) -> PartyRef {
        guard case .network(let asn) = party, let holder = holders[asn] else { return party }
        return .entity(holder)
    }
}
