extension EvaluationReport {
    /// One US party's findings: the subject of a per-carrier section.
    public struct CarrierSection: Hashable, Sendable {
        public var subject: Party
        /// The subject's entries, in report order.
        public var entries: [Entry]

        /// The number of the subject's findings under `rule`.
        public func count(of rule: Finding.Rule) -> Int {
            self.entries.count { $0.finding.rule == rule }
        }
    }

    /// The entries grouped by subject, sorted by the subject's reference.
    public var carriers: [CarrierSection] {
        var sections: [String: CarrierSection] = [:]
        for entry in self.entries {
            sections[entry.finding.subject.ref, default: CarrierSection(subject: entry.finding.subject, entries: [])].entries.append(entry)
        }
        return sections.keys.sorted().compactMap { sections[$0] }
    }

    /// The rules that have at least one finding, in rule order.
    public var rules: [Finding.Rule] {
        let present = Set(self.entries.map(\.finding.rule))
        return Finding.Rule.allCases.filter(present.contains)
    }
}
