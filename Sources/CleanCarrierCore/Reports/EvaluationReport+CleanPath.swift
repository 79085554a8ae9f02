/// The Clean Path section of a report: each carrier's clean-telco status, and in a diff, what changed.
extension EvaluationReport {
    /// A carrier whose clean-telco status differs between the baseline and the report's evaluation.
    public struct CleanTelcoChange: Hashable, Sendable, Codable {
        /// The carrier's reference.
        public var carrier: String
        /// The status in the baseline; `nil` when the baseline did not list the carrier.
        public var before: CleanTelcoStatus?
        /// The status now; `nil` when the carrier is no longer listed.
        public var after: CleanTelcoStatus?

        /// `att: unknown → not clean`, or `att: not clean (reasons changed)` when the verdict stays.
        public var line: String {
            let (before, after) = (self.before?.verdict.title ?? "not listed", self.after?.verdict.title ?? "not listed")
            return before == after ? "\(self.carrier): \(after) (reasons changed)" : "\(self.carrier): \(before) → \(after)"
        }
    }

    /// In a diff, the carriers whose verdict, reasons or elements in service changed since the baseline (not merely the
    /// records cited, when an inventory is uploaded again), in carrier order; empty for a plain report.
    public var cleanTelcoChanges: [CleanTelcoChange] {
        guard let baseline = self.baseline else { return [] }
        let before = Dictionary(baseline.cleanTelco.map { ($0.carrier.ref, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(self.cleanTelco.map { ($0.carrier.ref, $0) }, uniquingKeysWith: { first, _ in first })
        return Set(before.keys).union(after.keys).sorted().compactMap { carrier in
            let (old, new) = (before[carrier], after[carrier])
            guard old?.verdict != new?.verdict || old?.substance != new?.substance || old?.elementsInService != new?.elementsInService else {
                return nil
            }
            return CleanTelcoChange(carrier: carrier, before: old, after: new)
        }
    }

    /// The number of carriers with each verdict, in verdict order, e.g. `clean 1, not clean 2, unknown 14`.
    public var cleanTelcoCounts: String {
        CleanPathVerdict.allCases.map { verdict in "\(verdict.title) \(self.cleanTelco.count { $0.verdict == verdict })" }.joined(separator: ", ")
    }
}

extension CleanTelcoStatus {
    /// What the reasons are about (kind, party, vendor, element), without the records they cite: a re-uploaded
    /// inventory moves its records to a new dataset without changing them.
    fileprivate var substance: [String] {
        self.reasons.map {
            "\($0.kind.rawValue) \($0.party?.ref ?? "") \($0.vendor?.ref ?? "") \($0.element.map { "\($0.network) \($0.detail)" } ?? "")"
        }
    }
}
