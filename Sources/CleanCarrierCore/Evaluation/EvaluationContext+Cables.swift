extension EvaluationContext {
    /// Each hop of `trace` whose two carriers are in different countries, once, with the cables that can carry it
    /// (the handing carrier's declared circuits first, else the cables linking the two countries); empty without a
    /// cable map.
    public func cableHops(on trace: CallTrace) -> [(from: EntityID, to: EntityID, cables: [CableHopFinder.Option])] {
        guard let finder = CableHopFinder(context: self) else { return [] }
        var seen: Set<String> = []
        var hops: [(from: EntityID, to: EntityID, cables: [CableHopFinder.Option])] = []
        for branch in trace.branches {
            for (previous, hop) in zip(branch.hops, branch.hops.dropFirst()) {
                guard let from = previous.trust?.country, let to = hop.trust?.country, from != to,
                    seen.insert("\(previous.entity) \(hop.entity)").inserted
                else { continue }
                hops.append((previous.entity, hop.entity, finder.options(carrier: [previous.entity.rawValue], from: from, to: to)))
            }
        }
        return hops
    }
}
