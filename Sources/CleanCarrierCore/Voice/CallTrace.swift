/// What the caller knows about an entity on a call path: its trust verdict and country.
public struct HopTrust: Hashable, Sendable, Codable {
    /// Whether the entity is untrusted (a designation reaches it).
    public var isUntrusted: Bool
    /// The entity's country (ISO 3166-1 alpha-2), when known.
    public var country: String?
    /// Why, in a line: e.g. the trust chain.
    public var reason: String?

    /// Creates a verdict.
    public init(isUntrusted: Bool, country: String? = nil, reason: String? = nil) {
        self.isUntrusted = isUntrusted
        self.country = country
        self.reason = reason
    }
}

/// One carrier on a call path.
public struct CallHop: Hashable, Sendable, Codable {
    /// The carrier holding the call at this hop.
    public var entity: EntityID
    /// The previous carrier's route that handed the call here; `nil` for the originating carrier.
    public var route: VoiceRoute?
    /// The route's place in the previous carrier's ordered next hops: 0 the primary, 1 the first failover...
    public var rank: Int
    /// The caller's verdict for the entity, when it gave one.
    public var trust: HopTrust?
}

/// How a branch ends.
public enum CallOutcome: String, Hashable, Sendable, Codable {
    /// The terminating carrier of the number's range was reached.
    case terminated
    /// A carrier with no route for the number that does not terminate it.
    case deadEnd = "dead-end"
    /// The last hop is a carrier already on the path.
    case loop
    /// The path reached the tracer's depth limit.
    case depthLimit = "depth-limit"
}

/// Where a branch first enters an untrusted carrier.
public struct UntrustedEntry: Hashable, Sendable, Codable {
    /// The index in the branch's hops of the first untrusted carrier.
    public var hopIndex: Int
    /// The untrusted carrier.
    public var entity: EntityID
    /// The carrier that handed the call over; `nil` when the call originates there.
    public var handedOverBy: EntityID?
    /// The route by which it was handed over.
    public var route: VoiceRoute?
}

/// One path from the originating carrier to an outcome.
public struct CallBranch: Hashable, Sendable, Codable {
    /// The carriers in order, the originating one first.
    public var hops: [CallHop]
    /// How it ends.
    public var outcome: CallOutcome
    /// Whether every hop took the primary route (rank 0).
    public var isPrimary: Bool
    /// Where the path first enters an untrusted carrier, if it does.
    public var untrustedEntry: UntrustedEntry?
}
