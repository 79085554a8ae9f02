import CleanCarrierCore
import CleanCarrierStore
import Logging
import PostgresNIO

/// Runs one evaluation now: loads the snapshot, evaluates it and saves the findings, timing the whole.
struct EvaluationRunner: Sendable {
    let client: PostgresClient
    let metrics: APIMetrics

    /// Evaluates the active datasets as of `asOf`.
    /// - Parameter audit: the audit event saved in the evaluation's transaction, made from its id.
    /// - Returns: the new evaluation's id.
    func run(asOf: Day, trigger: String, audit: (@Sendable (Int64) -> AuditEntry)? = nil, logger: Logger) async throws -> Int64 {
        let start = ContinuousClock.now
        let snapshot = try await SnapshotLoader(client: self.client).load(asOf: asOf, logger: logger)
        let result = Evaluator().evaluate(snapshot)
        let id = try await EvaluationRepository(client: self.client).save(result, snapshot: snapshot, trigger: trigger, audit: audit, logger: logger)
        self.metrics.recordEvaluation(duration: ContinuousClock.now - start)
        logger.info("Evaluated", metadata: ["evaluation.id": "\(id)", "findings": "\(result.findings.count)", "as_of": "\(asOf)"])
        return id
    }
}
