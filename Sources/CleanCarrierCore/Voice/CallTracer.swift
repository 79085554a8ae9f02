/// Traces calls through voice route tables: the primary path and every failover branch, with trust per hop.
///
/// From the originating carrier, the longest-prefix match of the number in each carrier's table gives its next
/// hops in order; the tracer follows each (depth-first, primary first) until the entity terminating the number's
/// range is reached, a carrier has no route (dead end), a carrier repeats (loop), or a limit is hit.
public struct CallTracer: Sendable {
    /// Bounds on a trace.
    public struct Limits: Hashable, Sendable {
        /// The most hops on one branch, the originating carrier included.
        public var maximumDepth: Int
        /// The most branches reported.
        public var maximumBranches: Int

        /// Creates limits; the defaults are 12 hops and 1,000 branches.
        public init(maximumDepth: Int = 12, maximumBranches: Int = 1_000) {
            self.maximumDepth = maximumDepth
            self.maximumBranches = maximumBranches
        }
    }

    /// The route tables.
    public let routes: VoiceRouteTable
    /// The number ranges, naming terminating entities.
    public let numbers: NumberPlan
    /// The bounds.
    public let limits: Limits

    /// Creates a tracer over loaded tables.
    public init(routes: VoiceRouteTable, numbers: NumberPlan, limits: Limits = Limits()) {
        self.routes = routes
        self.numbers = numbers
        self.limits = limits
    }

    /// Traces a call from `origin` to `number`.
    /// - Parameters:
    ///   - origin: the carrier the call starts at.
    ///   - number: the dialled number.
    ///   - trust: the caller's verdict for an entity (asked once per entity per trace), or `nil` when unknown.
    /// - Returns: the tree of the primary path and every failover branch.
    public func trace(from origin: EntityID, to number: DialedNumber, trust: (EntityID) -> HopTrust? = { _ in nil }) -> CallTrace {
        self.trace(from: origin, toDigits: number.digits, trust: trust)
    }

    /// Traces a call from `origin` to a number that starts with `prefix` and routes as `prefix` does: how a rule
    /// traces a route table's prefixes without making up the rest of a number.
    /// - Parameters:
    ///   - origin: the carrier the call starts at.
    ///   - prefix: the dialled digits, country code first.
    ///   - trust: the caller's verdict for an entity, or `nil` when unknown.
    /// - Returns: the tree of the primary path and every failover branch.
    public func trace(from origin: EntityID, toPrefix prefix: E164Prefix, trust: (EntityID) -> HopTrust? = { _ in nil }) -> CallTrace {
        self.trace(from: origin, toDigits: prefix.digits, trust: trust)
    }

    private func trace(from origin: EntityID, toDigits digits: String, trust: (EntityID) -> HopTrust?) -> CallTrace {
        let range = self.numbers.range(forDigits: digits)
        return withoutActuallyEscaping(trust) { trust in
            var walk = CallWalk(
                table: self.routes,
                limits: self.limits,
                prefixes: VoiceRouteTable.packedPrefixes(digits.utf8),
                terminator: range.flatMap { $0.entity },
                trust: trust
            )
            walk.run(from: origin)
            return CallTrace(
                origin: origin,
                number: "+" + digits,
                range: range,
                nodes: walk.nodes,
                leaves: walk.leaves,
                truncated: walk.truncated
            )
        }
    }
}
