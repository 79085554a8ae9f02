public import CleanCarrierCore

/// A stored finding without its evidence: what a page of findings lists.
public struct FindingSummary: Sendable, Hashable {
    public var evaluationID: Int64
    public var fingerprint: String
    public var rule: Finding.Rule
    public var severity: Finding.Severity
    /// `new` or `persisting` against the previous evaluation.
    public var status: EvaluationReport.Status
    /// The evaluation in which the fingerprint first appeared.
    public var firstSeen: Int64
    public var subject: Party
    public var counterpart: Party
    public var summary: String

    public init(
        evaluationID: Int64,
        fingerprint: String,
        rule: Finding.Rule,
        severity: Finding.Severity,
        status: EvaluationReport.Status,
        firstSeen: Int64,
        subject: Party,
        counterpart: Party,
        summary: String
    ) {
        self.evaluationID = evaluationID
        self.fingerprint = fingerprint
        self.rule = rule
        self.severity = severity
        self.status = status
        self.firstSeen = firstSeen
        self.subject = subject
        self.counterpart = counterpart
        self.summary = summary
    }
}
