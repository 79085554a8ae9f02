/// Decides who is untrusted on a day, through designations and ownership or control, and explains why.
///
/// An entity is untrusted on day D when a designation of it is in force on D, or when it is owned over
/// the designation's own affiliate threshold, else `affiliateThreshold`, percent (or controlled) by such an entity, directly or through a chain of such links,
/// and the designation extends to affiliates. Cycles in ownership are harmless: each entity is reached once
/// per designation, by its shortest chain.
public struct TrustResolver: Sendable {
    public let index: RegistryIndex
    /// The share, in percent, above which ownership makes a subsidiary.
    public let affiliateThreshold: Double

    public init(registry: Registry, affiliateThreshold: Double = 50) {
        self.index = RegistryIndex(registry)
        self.affiliateThreshold = affiliateThreshold
    }

    public init(index: RegistryIndex, affiliateThreshold: Double = 50) {
        self.index = index
        self.affiliateThreshold = affiliateThreshold
    }

    /// The verdict on every entity that any designation reaches, as of `day`.
    ///
    /// Entities absent from the result are trusted on `day` and no designation reaches them at any date.
    public func verdicts(on day: Day) -> [EntityID: TrustVerdict] {
        var verdicts: [EntityID: TrustVerdict] = [:]
        for designation in self.index.registry.designations.sorted(by: { $0.id < $1.id }) {
            let inForce = designation.isInForce(on: day)
            for reason in self.reach(of: designation, on: day) {
                guard let subject = reason.path.last else { continue }
                var verdict = verdicts[subject] ?? TrustVerdict(entity: subject, day: day, reasons: [], notInForce: [])
                if inForce { verdict.reasons.append(reason) } else { verdict.notInForce.append(reason) }
                verdicts[subject] = verdict
            }
        }
        return verdicts
    }

    /// The verdict on one entity as of `day`.
    public func verdict(on entity: EntityID, day: Day) -> TrustVerdict {
        self.verdicts(on: day)[entity] ?? TrustVerdict(entity: entity, day: day, reasons: [], notInForce: [])
    }

    /// Every entity a designation covers, each with its shortest ownership chain (breadth first).
    private func reach(of designation: Designation, on day: Day) -> [TrustVerdict.Reason] {
        let threshold = designation.affiliateThreshold ?? self.affiliateThreshold
        var reasons = [TrustVerdict.Reason(designation: designation, path: [designation.entity], links: [], threshold: threshold)]
        guard designation.extendsToAffiliates else { return reasons }
        var seen: Set<EntityID> = [designation.entity]
        var cursor = 0
        while cursor < reasons.count {
            let current = reasons[cursor]
            cursor += 1
            guard let last = current.path.last else { continue }
            for link in self.index.links(ownedBy: last, on: day) where link.confers(threshold: threshold) {
                guard seen.insert(link.owned).inserted else { continue }
                reasons.append(
                    .init(designation: designation, path: current.path + [link.owned], links: current.links + [link], threshold: threshold)
                )
            }
        }
        return reasons
    }
}
