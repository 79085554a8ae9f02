/// An evaluation and its findings, as every report format renders it.
public struct EvaluationReport: Hashable, Sendable, Codable {
    /// Where a finding stands against the previous evaluation.
    public enum Status: String, Hashable, Sendable, Codable { case new, persisting, resolved }

    /// A finding with its history.
    public struct Entry: Hashable, Sendable, Codable {
        public var finding: Finding
        public var status: Status
        /// The evaluation in which the finding first appeared.
        public var firstSeen: Int64

        public init(finding: Finding, status: Status, firstSeen: Int64) {
            self.finding = finding
            self.status = status
            self.firstSeen = firstSeen
        }
    }

    public var evaluationID: Int64
    public var asOf: Day
    /// The registry dataset the evaluation used.
    public var registryVersion: Int64?
    public var datasets: [Snapshot.DatasetRef]
    public var entries: [Entry]

    public init(evaluationID: Int64, asOf: Day, registryVersion: Int64?, datasets: [Snapshot.DatasetRef], entries: [Entry]) {
        self.evaluationID = evaluationID
        self.asOf = asOf
        self.registryVersion = registryVersion
        self.datasets = datasets
        self.entries = entries
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
}
