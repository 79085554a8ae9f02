/// One trace's depth-first walk over interned entity indexes, growing the trace's node tree.
struct CallWalk {
    let table: VoiceRouteTable
    let limits: CallTracer.Limits
    let prefixes: [UInt64]
    let terminator: EntityID?
    let trust: (EntityID) -> HopTrust?

    private(set) var nodes: [CallTrace.Node] = []
    private(set) var leaves: [(node: Int, outcome: CallOutcome)] = []
    private(set) var truncated = false
    /// Per interned entity: on the current path; its matched next hops once looked up; its verdict once asked.
    private var onPath: [Bool]
    private var matched: [Range<Int32>??]
    private var verdicts: [HopTrust??]
    private let terminatorIndex: Int32?

    init(table: VoiceRouteTable, limits: CallTracer.Limits, prefixes: [UInt64], terminator: EntityID?, trust: @escaping (EntityID) -> HopTrust?) {
        self.table = table
        self.limits = limits
        self.prefixes = prefixes
        self.terminator = terminator
        self.trust = trust
        self.onPath = Array(repeating: false, count: table.entities.count)
        self.matched = Array(repeating: nil, count: table.entities.count)
        self.verdicts = Array(repeating: nil, count: table.entities.count)
        self.terminatorIndex = terminator.flatMap { table.entityIndex[$0] }
    }

    /// Walks every branch from `origin`.
    mutating func run(from origin: EntityID) {
        let verdict = self.trust(origin)
        self.nodes.append(
            CallTrace.Node(
                hop: CallHop(entity: origin, route: nil, rank: 0, trust: verdict),
                parent: nil,
                depth: 0,
                isPrimary: true,
                firstUntrusted: verdict?.isUntrusted == true ? 0 : nil
            )
        )
        guard origin != self.terminator else { return self.leaves.append((0, .terminated)) }
        guard let index = self.table.entityIndex[origin] else { return self.leaves.append((0, .deadEnd)) }
        self.expand(node: 0, entity: index)
    }

    /// Follows every next hop of `entity`, whose node is `node` and which is neither terminating nor repeated.
    private mutating func expand(node: Int, entity: Int32) {
        guard let group = self.group(of: entity), !group.isEmpty else { return self.leaves.append((node, .deadEnd)) }
        guard self.nodes[node].depth + 1 < self.limits.maximumDepth else { return self.leaves.append((node, .depthLimit)) }
        self.onPath[Int(entity)] = true
        defer { self.onPath[Int(entity)] = false }
        for (rank, slot) in group.enumerated() {
            guard self.leaves.count < self.limits.maximumBranches else {
                self.truncated = true
                return
            }
            let route = self.table.routes[Int(self.table.ordered[Int(slot)])]
            let hop = self.table.orderedHops[Int(slot)]
            let verdict = self.verdict(hop)
            let (depth, isPrimary, firstUntrusted) = (self.nodes[node].depth, self.nodes[node].isPrimary, self.nodes[node].firstUntrusted)
            let child = self.nodes.count
            self.nodes.append(
                CallTrace.Node(
                    hop: CallHop(entity: route.nextHop, route: route, rank: rank, trust: verdict),
                    parent: node,
                    depth: depth + 1,
                    isPrimary: isPrimary && rank == 0,
                    firstUntrusted: firstUntrusted ?? (verdict?.isUntrusted == true ? child : nil)
                )
            )
            if self.onPath[Int(hop)] {
                self.leaves.append((child, .loop))
            } else if hop == self.terminatorIndex {
                self.leaves.append((child, .terminated))
            } else {
                self.expand(node: child, entity: hop)
            }
        }
    }

    private mutating func group(of entity: Int32) -> Range<Int32>? {
        if let cached = self.matched[Int(entity)] { return cached }
        let group = self.table.match(entity, self.prefixes)
        self.matched[Int(entity)] = .some(group)
        return group
    }

    private mutating func verdict(_ entity: Int32) -> HopTrust? {
        if let cached = self.verdicts[Int(entity)] { return cached }
        let verdict = self.trust(self.table.entities[Int(entity)])
        self.verdicts[Int(entity)] = .some(verdict)
        return verdict
    }
}
