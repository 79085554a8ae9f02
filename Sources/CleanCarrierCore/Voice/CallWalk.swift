/// One trace's depth-first walk: the current path, caches of per-carrier matches and trust, and the branches.
struct CallWalk {
    let table: VoiceRouteTable
    let limits: CallTracer.Limits
    let prefixes: [UInt64]
    let terminator: EntityID?
    let trust: (EntityID) -> HopTrust?

    private(set) var branches: [CallBranch] = []
    private(set) var truncated = false
    private var path: [CallHop] = []
    private var onPath: Set<EntityID> = []
    private var matches: [Int32: Range<Int32>?] = [:]
    private var verdicts: [EntityID: HopTrust?] = [:]

    init(table: VoiceRouteTable, limits: CallTracer.Limits, prefixes: [UInt64], terminator: EntityID?, trust: @escaping (EntityID) -> HopTrust?) {
        self.table = table
        self.limits = limits
        self.prefixes = prefixes
        self.terminator = terminator
        self.trust = trust
    }

    /// Walks every branch from `origin`.
    mutating func run(from origin: EntityID) {
        self.visit(CallHop(entity: origin, route: nil, rank: 0, trust: self.verdict(origin)), allPrimary: true)
    }

    private mutating func visit(_ hop: CallHop, allPrimary: Bool) {
        guard self.branches.count < self.limits.maximumBranches else {
            self.truncated = true
            return
        }
        self.path.append(hop)
        defer { self.path.removeLast() }
        if self.onPath.contains(hop.entity) { return self.emit(.loop, allPrimary) }
        if hop.entity == self.terminator { return self.emit(.terminated, allPrimary) }
        guard let group = self.group(of: hop.entity), !group.isEmpty else { return self.emit(.deadEnd, allPrimary) }
        guard self.path.count < self.limits.maximumDepth else { return self.emit(.depthLimit, allPrimary) }
        self.onPath.insert(hop.entity)
        defer { self.onPath.remove(hop.entity) }
        for (rank, slot) in group.enumerated() {
            let route = self.table.routes[Int(self.table.ordered[Int(slot)])]
            self.visit(CallHop(entity: route.nextHop, route: route, rank: rank, trust: self.verdict(route.nextHop)), allPrimary: allPrimary && rank == 0)
        }
    }

    private mutating func group(of entity: EntityID) -> Range<Int32>? {
        guard let index = self.table.entityIndex[entity] else { return nil }
        if let cached = self.matches[index] { return cached }
        let group = self.table.match(index, self.prefixes)
        self.matches[index] = group
        return group
    }

    private mutating func verdict(_ entity: EntityID) -> HopTrust? {
        if let cached = self.verdicts[entity] { return cached }
        let verdict = self.trust(entity)
        self.verdicts[entity] = verdict
        return verdict
    }

    private mutating func emit(_ outcome: CallOutcome, _ allPrimary: Bool) {
        var entry: UntrustedEntry?
        if let index = self.path.firstIndex(where: { $0.trust?.isUntrusted == true }) {
            let hop = self.path[index]
            entry = UntrustedEntry(hopIndex: index, entity: hop.entity, handedOverBy: index > 0 ? self.path[index - 1].entity : nil, route: hop.route)
        }
        self.branches.append(CallBranch(hops: self.path, outcome: outcome, isPrimary: allPrimary, untrustedEntry: entry))
    }
}
