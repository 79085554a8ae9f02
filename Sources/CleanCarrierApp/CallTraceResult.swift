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

    /// One `trust: ENTITY: CHAIN` line per chain, printed after the trace's text.
    public var notes: [String] {
        self.untrustedCarriers.flatMap { carrier in carrier.trustChains.map { "trust: \(carrier.entity): \($0)" } }
    }
}
