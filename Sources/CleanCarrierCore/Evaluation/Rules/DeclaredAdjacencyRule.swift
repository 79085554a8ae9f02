/// CC-1D (notice): a telco's declarations and the routing data disagree about an untrusted party.
///
/// - **Declared, not routed**: an IP interconnect (transit or peering) in force between a protected party and an
///   untrusted one, with no inferred or observed AS adjacency between any ASN of the one and any ASN of the other
///   (an entity's ASNs are those the registry ties to it on the day; parties without ASNs cannot be checked).
/// - **Routed, not declared**: an AS adjacency between an ASN of a declaring telco (a protected party named in any
///   declaration; a declared ASN counts as its registry holder) and an untrusted ASN, while no IP interconnect in force
///   that the telco declares covers that ASN (declared as the ASN itself, or as the entity holding it).
///
/// The subject is the telco as its registry entity when a declared ASN has a holder. Either way the finding is a
/// notice: the interconnect itself is a CC-1 finding; this one says the record is incomplete.
public struct DeclaredAdjacencyRule: EvaluationRule {
    /// The interconnect kinds that run BGP between the parties, and so should show as AS adjacencies.
    public static let routedKinds: Set<Interconnect.Kind> = [.ipTransit, .ipPeering]

    public init() {}

    /// Which way declarations and routing data disagree; the raw value is the fingerprint's qualifier.
    enum Disagreement: String {
        case declaredNotRouted = "declared"
        case routedNotDeclared = "undeclared"
    }

    public func findings(in context: EvaluationContext) -> [Finding] {
        let parties = DeclaredParties(context: context)
        let adjacencies = Self.untrustedAdjacencies(in: context)
        var groups: [String: (subject: Party, counterpart: Party, chains: PartyRef, kind: Disagreement, records: [Evidence.Record])] = [:]
        let inForce = context.snapshot.interconnects.filter { $0.validity.contains(context.snapshot.asOf) && Self.routedKinds.contains($0.kind) }
        var covered = Set<String>()
        for declaration in inForce {
            for (telco, other) in [(declaration.partyA, declaration.partyB), (declaration.partyB, declaration.partyA)] {
                for asn in parties.asns(of: other) { covered.insert("\(parties.owner(of: telco)) \(asn)") }
                let subject = context.party(for: parties.owner(of: telco))
                let counterpart = context.party(for: other)
                let mine = parties.asns(of: telco)
                let theirs = parties.asns(of: other)
                guard context.isProtected(subject), counterpart.untrusted, !mine.isEmpty, !theirs.isEmpty else { continue }
                guard !mine.contains(where: { asn in theirs.contains { adjacencies[ObservedAdjacencies.Pair(asn, $0)] != nil } }) else { continue }
                let key = "declared \(subject.ref) \(counterpart.ref)"
                var group = groups[key] ?? (subject, counterpart, other, .declaredNotRouted, [])
                group.records.append(
                    Evidence.Record(
                        basis: .declared,
                        origin: declaration.origin,
                        detail: "\(declaration.partyA) and \(declaration.partyB) declare \(declaration.kind.rawValue); no inferred or observed"
                            + " adjacency between \(Self.list(mine)) and \(Self.list(theirs))"
                    )
                )
                groups[key] = group
            }
        }
        for (pair, records) in adjacencies.sorted(by: { ($0.key.low, $0.key.high) < ($1.key.low, $1.key.high) }) {
            for (mine, theirs) in [(pair.low, pair.high), (pair.high, pair.low)]
            where context.untrusted.contains(theirs) && !context.untrusted.contains(mine) {
                let telco = parties.owner(of: .network(mine))
                let subject = context.party(for: telco)
                guard parties.declaring.contains(telco), context.isProtected(subject), !covered.contains("\(telco) \(theirs)") else { continue }
                let key = "routed \(subject.ref) \(theirs)"
                var group = groups[key] ?? (subject, context.party(for: theirs), .network(theirs), .routedNotDeclared, [])
                group.records += records
                groups[key] = group
            }
        }
        return groups.values.map { group in
            let summary =
                group.kind == .declaredNotRouted
                ? "\(group.subject.label) declares an IP interconnect with untrusted \(group.counterpart.label) that no inferred or observed AS adjacency supports"
                : "\(group.subject.label) is adjacent to untrusted \(group.counterpart.label) in routing data, but declares no IP interconnect with it"
            return Finding(
                rule: .declaredVersusRouting,
                severity: .notice,
                subject: group.subject,
                counterpart: group.counterpart,
                summary: summary,
                evidence: Evidence(
                    hops: [group.subject, group.counterpart],
                    records: group.records.sorted { ($0.origin.dataset, $0.origin.line ?? 0) < ($1.origin.dataset, $1.origin.line ?? 0) },
                    trustChains: context.trustChains(for: group.chains)
                ),
                qualifier: group.kind.rawValue
            )
        }
    }

    /// Every inferred or observed AS adjacency with an untrusted side, with the records behind it.
    static func untrustedAdjacencies(in context: EvaluationContext) -> [ObservedAdjacencies.Pair: [Evidence.Record]] {
        var adjacencies: [ObservedAdjacencies.Pair: [Evidence.Record]] = [:]
        for (dataset, links) in context.snapshot.asRelationships {
            for link in links where context.untrusted.contains(link.first) || context.untrusted.contains(link.second) {
                let detail = link.kind == .peer ? "\(link.first) and \(link.second) are peers" : "\(link.first) is a provider of \(link.second)"
                adjacencies[ObservedAdjacencies.Pair(link.first, link.second), default: []].append(
                    Evidence.Record(basis: .inferred, origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: link.line), detail: detail)
                )
            }
        }
        for (dataset, paths) in context.snapshot.observedPaths {
            for (pair, witness) in ObservedAdjacencies(paths: paths, involving: context.untrusted.contains).pairs {
                let example = witness.example
                let detail =
                    "\(pair.low) and \(pair.high) adjacent in \(witness.pathCount) collector path(s), e.g. \(example.prefix) via "
                    + example.path.map(\.description).joined(separator: " ")
                adjacencies[pair, default: []].append(
                    Evidence.Record(
                        basis: .observed,
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: example.line),
                        detail: detail
                    )
                )
            }
        }
        return adjacencies
    }

    private static func list(_ asns: Set<ASN>) -> String {
        asns.sorted().map(\.description).joined(separator: ", ")
    }
}
