/// CC-6: a home-country carrier has untrusted vendors' equipment in service on the evaluation's day. One finding per
/// network and vendor, with every element in service as evidence (severity **violation**); a removal on or before the
/// day takes an element out. An element still in service after its replacement plan date is its own finding, overdue
/// (also a violation), per network and vendor.
public struct EquipmentRule: EvaluationRule {
    public init() {}

    public func findings(in context: EvaluationContext) -> [Finding] {
        let day = context.snapshot.asOf
        var inService: [String: [EquipmentElement]] = [:]
        var overdue: [String: [EquipmentElement]] = [:]
        for element in context.snapshot.equipment where element.isInService(on: day) {
            guard context.untrusted.entities[element.vendor] != nil, context.isProtected(context.party(for: element.network)) else { continue }
            let key = "\(element.network) \(element.vendor)"
            inService[key, default: []].append(element)
            if element.isOverdue(on: day) { overdue[key, default: []].append(element) }
        }
        return inService.values.compactMap { Self.finding($0, overdue: false, in: context) }
            + overdue.values.compactMap { Self.finding($0, overdue: true, in: context) }
    }

    private static func finding(_ elements: [EquipmentElement], overdue: Bool, in context: EvaluationContext) -> Finding? {
        let sorted = elements.sorted { ($0.origin.dataset, $0.origin.line ?? 0) < ($1.origin.dataset, $1.origin.line ?? 0) }
        guard let first = sorted.first else { return nil }
        let subject = context.party(for: first.network)
        let vendor = context.party(for: first.vendor)
        let records = sorted.map { element in
            Evidence.Record(basis: .declared, origin: element.origin, detail: "\(element.network) \(element.detail), vendor \(element.vendor)")
        }
        let day = context.snapshot.asOf
        let count = sorted.count == 1 ? "1 element" : "\(sorted.count) elements"
        let summary =
            overdue
            ? "\(subject.label) keeps \(count) of untrusted vendor \(vendor.label) in service on \(day) past the replacement plan date"
                + " (\(sorted.compactMap(\.replacementPlan).map(\.description).joined(separator: ", ")))"
            : "\(subject.label) has \(count) of untrusted vendor \(vendor.label) in service on \(day)"
                + " (\(Set(sorted.map { $0.kind?.rawValue ?? $0.role.rawValue }).sorted().joined(separator: ", ")))"
        return Finding(
            rule: .equipment,
            severity: .violation,
            subject: subject,
            counterpart: vendor,
            summary: summary,
            evidence: Evidence(hops: [subject, vendor], records: records, trustChains: context.trustChains(for: .entity(first.vendor))),
            qualifier: overdue ? "overdue" : "in-service"
        )
    }
}
