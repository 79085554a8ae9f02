public import CleanCarrierCore

/// A traced call and the untrusted carriers it meets.
public struct CallTraceResult: Sendable {
    /// An untrusted carrier on the call's path, with the chains that make it untrusted.
    public struct UntrustedCarrier: Sendable, Hashable {
        public var entity: EntityID
        public var trustChains: [String]
    }

    public var trace: CallTrace
    /// Each untrusted carrier once, in the order it first appears on the trace.
    public var untrustedCarriers: [UntrustedCarrier]
    /// The hops between carriers of different countries, each with the cable systems that can carry it.
    public var cableHops: [(from: EntityID, to: EntityID, cables: [CableHopFinder.Option])]

    /// One `trust: ENTITY: CHAIN` line per chain, then one `cables: A -> B: ...` line per hop across a border, printed
    /// after the trace's text.
    public var notes: [String] {
        self.untrustedCarriers.flatMap { carrier in carrier.trustChains.map { "trust: \(carrier.entity): \($0)" } }
            + self.cableHops.map { hop in
                "cables: \(hop.from) -> \(hop.to): \(hop.cables.isEmpty ? "none in the cable map" : hop.cables.map(\.label).joined(separator: "; "))"
            }
    }
}
