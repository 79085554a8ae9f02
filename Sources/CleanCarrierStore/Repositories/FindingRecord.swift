public import CleanCarrierCore

/// A stored finding with its place in history.
public struct FindingRecord: Sendable, Hashable {
    public var evaluationID: Int64
    public var finding: Finding
    /// `new` or `persisting` against the previous evaluation.
    public var status: EvaluationReport.Status
    /// The evaluation in which the fingerprint first appeared.
    public var firstSeen: Int64

    public init(evaluationID: Int64, finding: Finding, status: EvaluationReport.Status, firstSeen: Int64) {
        self.evaluationID = evaluationID
        self.finding = finding
        self.status = status
        self.firstSeen = firstSeen
    }
}
