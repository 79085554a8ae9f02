/// Judges paths and carriers against the Clean Path: untrusted carriers on a path, and untrusted vendors' equipment in
/// service in the networks it crosses, in the roles it uses there.
public struct CleanPathJudge: Sendable {
    public let context: EvaluationContext
    public let inventory: EquipmentInventory

    /// A judge over the snapshot's declared equipment, with the context's trust verdicts.
    public init(context: EvaluationContext) {
        self.context = context
        self.inventory = EquipmentInventory(context.snapshot.equipment, index: context.index, day: context.snapshot.asOf)
    }

    private var day: Day { self.context.snapshot.asOf }

    /// The verdict on one branch of a path.
    /// - Parameters:
    ///   - hops: the networks (ASNs) or carriers (entities) in order, the source first.
    ///   - kind: a data or a call path, which decides the roles the path uses in the networks it crosses.
    ///   - label: how the branch is named.
    ///   - isPrimary: whether it is the primary route.
    public func branch(_ hops: [PartyRef], kind: CleanPathKind, label: String, isPrimary: Bool) -> CleanPathBranch {
        var reasons: [CleanPathReason] = []
        for (index, hop) in hops.enumerated() {
            let position: CleanPathPosition = index == 0 || index == hops.count - 1 ? .end : .transit
            reasons += self.reasons(for: hop, at: index, position: position, kind: kind)
        }
        if hops.isEmpty { reasons.append(CleanPathReason(kind: .noPath, summary: "\(label): there is no path to judge")) }
        return CleanPathBranch(label: label, isPrimary: isPrimary, hops: hops.map { self.context.party(for: $0) }, reasons: reasons)
    }

    /// The clean-telco status of a carrier (an entity, or an ASN the registry does not know): every one of its
    /// declared elements in service counts, whatever the role.
    public func status(of carrier: PartyRef) -> CleanTelcoStatus {
        let declared = self.inventory.declaredElements(of: carrier)
        let reasons = self.reasons(for: carrier, at: nil, position: .end, kind: nil)
        return CleanTelcoStatus(
            carrier: self.context.party(for: self.inventory.carrier(of: carrier)),
            asOf: self.day,
            reasons: reasons,
            elementsInService: declared?.count { $0.isInService(on: self.day) } ?? 0,
            inventoryDatasets: Array(Set(declared?.map(\.origin.dataset) ?? [])).sorted()
        )
    }

    /// The clean-telco status of every home-country carrier of the registry and every carrier that declared an
    /// inventory, in reference order.
    public func statuses() -> [CleanTelcoStatus] {
        let home = self.context.index.entities.values.filter { $0.kind == .carrier && $0.country == self.context.homeCountry }.map {
            PartyRef.entity($0.id)
        }
        return Set(home + self.inventory.carriers).sorted().map { self.status(of: $0) }
    }

    /// The reasons against one hop: its carrier untrusted, its untrusted equipment in service that the path uses, or
    /// (for a carrier not itself untrusted) no inventory declared. `kind` `nil` counts every element, whatever its role.
    private func reasons(for hop: PartyRef, at index: Int?, position: CleanPathPosition, kind: CleanPathKind?) -> [CleanPathReason] {
        let party = self.context.party(for: hop)
        let carrierRef = self.inventory.carrier(of: hop)
        let carrier = self.context.party(for: carrierRef)
        let place = index.map { "hop \($0 + 1) \(party.label)" } ?? party.label
        var reasons: [CleanPathReason] = []
        if party.untrusted || carrier.untrusted {
            let chains = self.context.trustChains(for: party.untrusted ? hop : carrierRef)
            reasons.append(
                CleanPathReason(kind: .untrustedCarrier, hop: index, party: party, trustChains: chains, summary: "\(place) is an untrusted carrier")
            )
        }
        guard let elements = self.inventory.declaredElements(of: hop) else {
            // An untrusted carrier's hop is not clean whatever its equipment: no inventory adds nothing to say.
            guard reasons.isEmpty else { return reasons }
            let whose = carrierRef == hop ? "it" : "its carrier \(carrier.label)"
            reasons.append(
                CleanPathReason(kind: .noInventory, hop: index, party: party, summary: "\(place): \(whose) declared no equipment inventory")
            )
            return reasons
        }
        for element in elements where element.isInService(on: self.day) && (kind.map { element.isUsed(on: $0, at: position) } ?? true) {
            let vendor = self.context.party(for: element.vendor)
            guard vendor.untrusted else { continue }
            let record = "\(element.origin.file)\(element.origin.line.map { ":\($0)" } ?? ""), dataset #\(element.origin.dataset)"
            reasons.append(
                CleanPathReason(
                    kind: .untrustedEquipment,
                    hop: index,
                    party: party,
                    element: element,
                    vendor: vendor,
                    trustChains: self.context.trustChains(for: .entity(element.vendor)),
                    summary: "\(place): untrusted vendor \(vendor.name ?? vendor.ref)'s \(element.detail) [\(record)]"
                )
            )
        }
        return reasons
    }
}
