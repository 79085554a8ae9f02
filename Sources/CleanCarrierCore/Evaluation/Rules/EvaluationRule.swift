/// A rule of the policy: reads an evaluation context, returns its findings.
public protocol EvaluationRule: Sendable {
    /// Every finding of this rule in `context`, in any order (the evaluator sorts them).
    /// - Throws: `InputErrors` when the snapshot's records cannot be evaluated (e.g. relationships that make no graph).
    func findings(in context: EvaluationContext) throws -> [Finding]
}
