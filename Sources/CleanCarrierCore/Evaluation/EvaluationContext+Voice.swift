extension EvaluationContext {
    /// The registry's verdict on a carrier on a call path: untrusted or not, its country, and its first trust chain.
    public func hopTrust(for entity: EntityID) -> HopTrust {
        let party = self.party(for: entity)
        return HopTrust(isUntrusted: party.untrusted, country: party.country, reason: self.trustChains(for: .entity(entity)).first)
    }

    /// Where a voice route or number range loaded from the store came from.
    func origin(dataset: Int64?, line: Int) -> RecordOrigin {
        let file = self.snapshot.datasets.first { $0.id == dataset }?.file ?? ""
        return RecordOrigin(dataset: dataset ?? 0, file: file, line: line)
    }
}
