/// The result of tracing a call: a tree of hops rooted at the originating carrier, whose leaves end the branches.
///
/// Every path prefix is stored once (`nodes`, parent before child), so a trace with a thousand failover branches
/// costs a node per hop, not a copy of each path; `branches` spells the paths out, primary first.
public struct CallTrace: Hashable, Sendable, Encodable {
    /// One hop in the tree.
    public struct Node: Hashable, Sendable {
        /// The hop.
        public var hop: CallHop
        /// The previous hop's node index; `nil` for the originating carrier.
        public var parent: Int?
        /// The number of hops before this one.
        public var depth: Int
        /// Whether this hop and every hop before it took the primary route.
        public var isPrimary: Bool
        /// The node of the first untrusted carrier on the path up to and including this hop.
        public var firstUntrusted: Int?
    }

    /// The carrier the call starts at.
    public var origin: EntityID
    /// The dialled number, `+` and E.164 digits.
    public var number: String
    /// The number range that matched, naming the terminating carrier; `nil` when no range matches.
    public var range: NumberRange?
    /// The hops; `nodes[0]` is the originating carrier.
    public var nodes: [Node]
    /// The branch ends in depth-first order (primary first): node index and outcome.
    public var leaves: [(node: Int, outcome: CallOutcome)]
    /// Whether branches were left out at the tracer's branch limit.
    public var truncated: Bool

    /// The path ending at a leaf.
    public func branch(endingAt node: Int, outcome: CallOutcome) -> CallBranch {
        var hops: [CallHop] = []
        var cursor: Int? = node
        while let index = cursor {
            hops.append(self.nodes[index].hop)
            cursor = self.nodes[index].parent
        }
        hops.reverse()
        let end = self.nodes[node]
        let entry = end.firstUntrusted.map { index in
            let hop = self.nodes[index]
            return UntrustedEntry(
                hopIndex: hop.depth,
                entity: hop.hop.entity,
                handedOverBy: hop.parent.map { self.nodes[$0].hop.entity },
                route: hop.hop.route
            )
        }
        return CallBranch(hops: hops, outcome: outcome, isPrimary: end.isPrimary, untrustedEntry: entry)
    }

    /// Every branch, spelled out; the first is the primary path.
    public var branches: [CallBranch] { self.leaves.map { self.branch(endingAt: $0.node, outcome: $0.outcome) } }

    /// The primary path.
    public var primary: CallBranch? { self.leaves.first.map { self.branch(endingAt: $0.node, outcome: $0.outcome) } }

    /// The first untrusted entry on the primary path, else the earliest (fewest hops) on any failover branch.
    public var firstUntrustedEntry: UntrustedEntry? {
        if let entry = self.primary?.untrustedEntry { return entry }
        let leaf = self.leaves.filter { self.nodes[$0.node].firstUntrusted != nil }
            .min { self.nodes[self.nodes[$0.node].firstUntrusted ?? 0].depth < self.nodes[self.nodes[$1.node].firstUntrusted ?? 0].depth }
        return leaf.flatMap { self.branch(endingAt: $0.node, outcome: $0.outcome).untrustedEntry }
    }

    public static func == (lhs: CallTrace, rhs: CallTrace) -> Bool {
        lhs.origin == rhs.origin && lhs.number == rhs.number && lhs.range == rhs.range && lhs.nodes == rhs.nodes
            && lhs.leaves.elementsEqual(rhs.leaves) { $0.node == $1.node && $0.outcome == $1.outcome } && lhs.truncated == rhs.truncated
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(self.origin)
        hasher.combine(self.number)
        hasher.combine(self.nodes)
    }

    private enum CodingKeys: String, CodingKey { case origin, number, range, branches, truncated, firstUntrustedEntry }

    /// Encodes the trace with its branches spelled out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(self.origin, forKey: .origin)
        try container.encode(self.number, forKey: .number)
        try container.encodeIfPresent(self.range, forKey: .range)
        try container.encode(self.branches, forKey: .branches)
        try container.encode(self.truncated, forKey: .truncated)
        try container.encodeIfPresent(self.firstUntrustedEntry, forKey: .firstUntrustedEntry)
    }
}
