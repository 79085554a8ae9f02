/// CC-3 voice: a protected (US) carrier's voice routes hand calls to an untrusted carrier, or its international
/// calls cross one further on.
///
/// Every route in force of a US carrier whose next hop is untrusted, primary or failover, is a violation (a direct
/// hand-off). For each prefix a US carrier routes internationally (not +1), the rule traces a representative set of
/// numbers (`CallSample`: the prefix and the longer prefixes under it that route tables distinguish) from that carrier with every
/// failover branch; where a branch first enters an untrusted carrier handed over by someone else, that is an
/// exposure. One finding per (carrier, untrusted carrier, route prefix, severity); its evidence is the branch (primary
/// before failover, then the fewest hops), the route record behind each hop, the number range, and the trust chain.
public struct VoiceRule: EvaluationRule {
    /// Bounds on each trace.
    public let limits: CallTracer.Limits
    /// The most numbers traced per route prefix.
    public let numbersPerPrefix: Int

    /// Creates the rule.
    /// - Parameters:
    ///   - limits: bounds on each trace (12 hops, 1,000 branches by default).
    ///   - numbersPerPrefix: the most numbers traced per route prefix of a US carrier.
    public init(limits: CallTracer.Limits = CallTracer.Limits(), numbersPerPrefix: Int = 32) {
        self.limits = limits
        self.numbersPerPrefix = numbersPerPrefix
    }

    public func findings(in context: EvaluationContext) -> [Finding] {
        let table = VoiceRouteTable(context.snapshot.voiceRoutes, asOf: context.snapshot.asOf)
        guard !table.routes.isEmpty else { return [] }
        let plan = NumberPlan(context.snapshot.numberRanges)
        let tracer = CallTracer(routes: table, numbers: plan, limits: self.limits)
        let sample = CallSample(routes: table.routes, plan: plan, limit: self.numbersPerPrefix)
        var trust: [EntityID: HopTrust] = [:]
        for id in table.entityIDs { trust[id] = context.hopTrust(for: id) }
        var candidates: [Candidate.Key: Candidate] = [:]
        func keep(_ candidate: Candidate) {
            if let existing = candidates[candidate.key], !candidate.isBetter(than: existing) { return }
            candidates[candidate.key] = candidate
        }
        let prefixesByCarrier = Dictionary(grouping: table.routes, by: \.carrier).mapValues { Set($0.map(\.prefix)).sorted() }
        for carrier in prefixesByCarrier.keys.sorted() where context.isProtected(context.party(for: carrier)) {
            for prefix in prefixesByCarrier[carrier] ?? [] {
                for (rank, route) in table.nextHops(from: carrier, toDigits: prefix.digits).enumerated()
                where trust[route.nextHop]?.isUntrusted == true {
                    keep(Candidate(severity: .violation, carrier: carrier, untrusted: route.nextHop, prefix: prefix, route: route, rank: rank))
                }
                guard !prefix.digits.hasPrefix("1") else { continue }
                for number in sample.numbers(under: prefix) where table.nextHops(from: carrier, toDigits: number.digits).first?.prefix == prefix {
                    let trace = tracer.trace(from: carrier, toPrefix: number) { trust[$0] }
                    for branch in trace.branches {
                        guard let entry = branch.untrustedEntry, let first = branch.hops.dropFirst().first, let route = first.route else { continue }
                        let severity: Finding.Severity = entry.hopIndex == 1 ? .violation : .exposure
                        keep(
                            Candidate(
                                severity: severity,
                                carrier: carrier,
                                untrusted: entry.entity,
                                prefix: prefix,
                                route: route,
                                rank: first.rank,
                                trace: trace,
                                branch: branch
                            )
                        )
                    }
                }
            }
        }
        return candidates.keys.sorted().compactMap { candidates[$0]?.finding(in: context) }
    }
}
