import Foundation

extension EvaluationContext {
    /// The registry's verdict on a carrier on a call path: untrusted or not, its country, and its first trust chain.
    public func hopTrust(for entity: EntityID) -> HopTrust {
        let party = self.party(for: entity)
        return HopTrust(isUntrusted: party.untrusted, country: party.country, reason: self.trustChains(for: .entity(entity)).first)
    }

    /// Traces a call from `origin` to `number` through the snapshot's voice routes in force on its day and its number
    /// ranges, with the registry's verdict on every hop: what `cleancarrier trace call` and `GET /trace/call` show.
    public func traceCall(
        from origin: EntityID,
        to number: DialedNumber,
        at instant: Date? = nil,
        limits: CallTracer.Limits = CallTracer.Limits()
    ) -> CallTrace {
        let tracer = CallTracer(
            routes: VoiceRouteTable(self.snapshot.voiceRoutes, asOf: self.snapshot.asOf, at: instant),
            numbers: NumberPlan(self.snapshot.numberRanges),
            limits: limits
        )
        return tracer.trace(from: origin, to: number) { self.hopTrust(for: $0) }
    }

    /// The untrusted carriers on `trace`, each once in the order they first appear, with their trust chains.
    public func untrustedCarriers(on trace: CallTrace) -> [(entity: EntityID, trustChains: [String])] {
        var seen: [EntityID] = []
        for node in trace.nodes where node.hop.trust?.isUntrusted == true && !seen.contains(node.hop.entity) {
            seen.append(node.hop.entity)
        }
        return seen.map { ($0, self.trustChains(for: .entity($0))) }
    }

    /// Where a voice route or number range loaded from the store came from.
    func origin(dataset: Int64?, line: Int) -> RecordOrigin {
        let file = self.snapshot.datasets.first { $0.id == dataset }?.file ?? ""
        return RecordOrigin(dataset: dataset ?? 0, file: file, line: line)
    }
}
