/// How one evaluation's findings compare with an earlier one's, by fingerprint: what is new, what persists, and what
/// is resolved (held before, gone now). The one place new, persisting and resolved are decided.
public struct FindingDiff: Sendable, Hashable {
    /// Fingerprints held now and not before.
    public let new: Set<String>
    /// Fingerprints held both before and now.
    public let persisting: Set<String>
    /// Fingerprints held before and not now.
    public let resolved: Set<String>

    /// Compares the fingerprints of an earlier evaluation (`previous`, empty when there is none) with `current`'s.
    public init(previous: some Sequence<String>, current: some Sequence<String>) {
        let before = Set(previous)
        let now = Set(current)
        self.new = now.subtracting(before)
        self.persisting = now.intersection(before)
        self.resolved = before.subtracting(now)
    }

    /// The status of a finding of the current evaluation: new or persisting.
    public func status(ofCurrent fingerprint: String) -> EvaluationReport.Status {
        self.persisting.contains(fingerprint) ? .persisting : .new
    }

    /// Whether the comparison shows any change at all.
    public var isEmpty: Bool { self.new.isEmpty && self.resolved.isEmpty }
}
