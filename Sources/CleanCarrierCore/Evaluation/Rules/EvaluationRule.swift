/// A rule of the policy: reads an evaluation context, returns its findings.
public protocol EvaluationRule: Sendable {
    /// Every finding of this rule in `context`, in any order (the evaluator sorts them).
    func findings(in context: EvaluationContext) -> [Finding]
}
