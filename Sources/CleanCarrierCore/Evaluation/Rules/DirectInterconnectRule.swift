/// CC-1: a protected (US) party is directly interconnected with an untrusted one, by a declared interconnect, an
/// inferred AS relationship or an adjacency observed in route-collector paths. Each pair is one finding, with every
/// record behind it.
public struct DirectInterconnectRule: EvaluationRule {
    public init() {}

    public func findings(in context: EvaluationContext) -> [Finding] {
        var pairs: [PairKey: (subject: Party, counterpart: Party, refs: (PartyRef, PartyRef), records: [Evidence.Record])] = [:]
        func consider(_ a: PartyRef, _ b: PartyRef, record: (_ subject: PartyRef) -> Evidence.Record) {
            let partyA = context.party(for: a)
            let partyB = context.party(for: b)
            for (subject, counterpart, refs) in [(partyA, partyB, (a, b)), (partyB, partyA, (b, a))]
            where context.isProtected(subject) && counterpart.untrusted {
                let key = PairKey(subject: subject.ref, counterpart: counterpart.ref)
                var entry = pairs[key] ?? (subject, counterpart, refs, [])
                entry.records.append(record(refs.0))
                pairs[key] = entry
            }
        }
        for (dataset, links) in context.snapshot.asRelationships {
            for link in links {
                let first = link.first
                let second = link.second
                guard context.untrusted.contains(first) || context.untrusted.contains(second) else { continue }
                consider(.network(first), .network(second)) { _ in
                    let detail =
                        link.kind == .peer ? "\(first) and \(second) are peers" : "\(first) is a provider of \(second)"
                    return Evidence.Record(
                        basis: .inferred,
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: link.line),
                        detail: detail
                    )
                }
            }
        }
        for (dataset, paths) in context.snapshot.observedPaths {
            let adjacencies = ObservedAdjacencies(paths: paths, involving: context.untrusted.contains)
            for (pair, witness) in adjacencies.pairs.sorted(by: { ($0.key.low, $0.key.high) < ($1.key.low, $1.key.high) }) {
                consider(.network(pair.low), .network(pair.high)) { _ in
                    let example = witness.example
                    let route = example.path.map(\.description).joined(separator: " ")
                    let detail =
                        "\(pair.low) and \(pair.high) adjacent in \(witness.pathCount) collector path(s), e.g. \(example.prefix) via \(route)"
                    return Evidence.Record(
                        basis: .observed,
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: example.line),
                        detail: detail
                    )
                }
            }
        }
        for interconnect in context.snapshot.interconnects where interconnect.validity.contains(context.snapshot.asOf) {
            consider(interconnect.partyA, interconnect.partyB) { _ in
                var detail = "\(interconnect.partyA) and \(interconnect.partyB) declare \(interconnect.kind.rawValue)"
                let place = [interconnect.facility, interconnect.city, interconnect.country].compactMap { $0 }
                if !place.isEmpty { detail += " at \(place.joined(separator: ", "))" }
                if let from = interconnect.validity.from { detail += " since \(from)" }
                return Evidence.Record(basis: .declared, origin: interconnect.origin, detail: detail)
            }
        }
        return pairs.values.map { entry in
            let declared = entry.records.contains { $0.basis == .declared }
            let bases = Set(entry.records.map(\.basis.rawValue)).sorted().joined(separator: " and ")
            let summary =
                "\(entry.subject.label) is directly interconnected with untrusted \(entry.counterpart.label)"
                + " (\(bases)\(declared ? "" : " relationship"))"
            return Finding(
                rule: .directInterconnect,
                severity: .violation,
                subject: entry.subject,
                counterpart: entry.counterpart,
                summary: summary,
                evidence: Evidence(
                    hops: [entry.subject, entry.counterpart],
                    records: entry.records.sorted { ($0.origin.dataset, $0.origin.line ?? 0) < ($1.origin.dataset, $1.origin.line ?? 0) },
                    trustChains: context.trustChains(for: entry.refs.1)
                )
            )
        }
    }

    private struct PairKey: Hashable {
        var subject: String
        var counterpart: String
    }
}
