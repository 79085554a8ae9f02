public import CleanCarrierCore
import CleanCarrierStore
public import Logging
public import PostgresNIO

/// An evaluation computed but not yet saved: its snapshot, its findings and how long each took.
public struct PreparedEvaluation: Sendable {
    public let snapshot: Snapshot
    public let result: Evaluator.Result
    /// Time spent loading the snapshot.
    public let loading: Duration
    /// Time spent running the rules.
    public let rules: Duration

    /// Saves the evaluation and queues one webhook delivery per enabled webhook when its compliance status changed,
    /// on `connection`, inside the caller's transaction (a job commits them together with its own completion).
    /// - Parameter jobKey: when given and already saved, the saved evaluation is returned and nothing is written.
    public func save(trigger: String, jobKey: String?, on connection: PostgresConnection, logger: Logger) async throws -> EvaluationOutcome {
        let clock = ContinuousClock()
        let started = clock.now
        let id = try await EvaluationRepository.save(
            self.result,
            snapshot: self.snapshot,
            trigger: trigger,
            jobKey: jobKey,
            on: connection,
            logger: logger
        )
        let deliveries = try await StatusChangeNotifier.enqueueDeliveries(evaluation: id, on: connection, logger: logger)
        let outcome = EvaluationOutcome(
            id: id,
            asOf: self.snapshot.asOf,
            findingCount: self.result.findings.count,
            deliveryJobs: deliveries,
            timings: .init(loading: self.loading, rules: self.rules, saving: clock.now - started)
        )
        logger.info(
            "Evaluated",
            metadata: [
                "evaluation.id": "\(id)", "evaluation.as_of": "\(outcome.asOf)", "evaluation.findings": "\(outcome.findingCount)",
                "evaluation.trigger": "\(trigger)", "webhook.deliveries": "\(deliveries.count)",
            ]
        )
        return outcome
    }
}
