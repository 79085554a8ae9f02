/// An evaluation and its findings, as every report format renders it; or, with a `baseline`, the diff of two
/// evaluations: the findings of this one marked new or persisting against the baseline, and the baseline's findings
/// that are gone, marked resolved.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// Where a finding stands against the previous evaluation (or the baseline of a diff).
    public enum Status: String, Hashable, Sendable, Codable, CaseIterable { case new, persisting, resolved }

    /// A finding with its history.
    public struct Entry: Hashable, Sendable, Codable {
        public var finding: Finding
        public var status: Status
        /// The evaluation in which the finding first appeared (in an unbroken run of evaluations holding it).
        public var firstSeen: Int64
        /// The last evaluation, up to the report's own, that holds the finding: the report's evaluation itself, except
        /// for a resolved finding, where it is the last evaluation before it was gone.
        public var lastSeen: Int64

        public init(finding: Finding, status: Status, firstSeen: Int64, lastSeen: Int64) {
            self.finding = finding
            self.status = status
            self.firstSeen = firstSeen
            self.lastSeen = lastSeen
        }
    }

    /// The evaluation a diff compares with.
    public struct Baseline: Hashable, Sendable, Codable {
        public var evaluationID: Int64
        public var asOf: Day
        public var registryVersion: Int64?
        public var datasets: [Snapshot.DatasetRef]
        /// The baseline's clean-telco statuses, which a diff compares with.
        public var cleanTelco: [CleanTelcoStatus] = []

        public init(evaluationID: Int64, asOf: Day, registryVersion: Int64?, datasets: [Snapshot.DatasetRef]) {
            self.evaluationID = evaluationID
            self.asOf = asOf
            self.registryVersion = registryVersion
            self.datasets = datasets
        }
    }

    public var evaluationID: Int64
    public var asOf: Day
    /// The registry dataset the evaluation used.
    public var registryVersion: Int64?
    public var datasets: [Snapshot.DatasetRef]
    /// Set for a diff: the evaluation that statuses are relative to.
    public var baseline: Baseline?
    /// Sorted by rule, subject, counterpart and fingerprint.
    public var entries: [Entry]
    /// The clean-telco status of each carrier on `asOf` (the Clean Path section), in carrier order.
    public var cleanTelco: [CleanTelcoStatus] = []
    /// The submarine cables of the CC-5 findings, when there are any.
    public var cables: CableSection?

    public init(
        evaluationID: Int64,
        asOf: Day,
        registryVersion: Int64?,
        datasets: [Snapshot.DatasetRef],
        baseline: Baseline? = nil,
        entries: [Entry]
    ) {
        self.evaluationID = evaluationID
        self.asOf = asOf
        self.registryVersion = registryVersion
        self.datasets = datasets
        self.baseline = baseline
        self.entries = entries
        self.cables = CableSection(entries: entries)
    }

    /// The number of findings per rule and severity, in rule order.
    public var counts: [(rule: Finding.Rule, severity: Finding.Severity, count: Int)] {
        var counts: [String: (Finding.Rule, Finding.Severity, Int)] = [:]
        for entry in self.entries {
            let key = "\(entry.finding.rule.rawValue)/\(entry.finding.severity.rawValue)"
            counts[key, default: (entry.finding.rule, entry.finding.severity, 0)].2 += 1
        }
        return counts.keys.sorted().compactMap { counts[$0] }.map { (rule: $0.0, severity: $0.1, count: $0.2) }
    }

    /// The number of entries with `status`.
    public func count(of status: Status) -> Int {
        self.entries.count { $0.status == status }
    }

    /// One line saying what the report covers: `Evaluation #5 as of 2024-06-01` or `Changes from evaluation #3 to #5`.
    public var title: String {
        guard let baseline else { return "Evaluation #\(self.evaluationID) as of \(self.asOf)" }
        return "Changes from evaluation #\(baseline.evaluationID) (as of \(baseline.asOf)) to #\(self.evaluationID) (as of \(self.asOf))"
    }
}
