public import CleanCarrierCore
public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// Runs `evaluate` jobs: evaluates the active datasets as of the payload's date, then saves the evaluation (keyed by the
/// job, so a retried job never doubles it) and queues webhook deliveries for its status changes, in one transaction.
public struct EvaluationJobHandler: JobHandler {
    public let client: PostgresClient
    public let evaluator: Evaluator
    public var kind: String { EvaluationJobPayload.kind }

    public init(client: PostgresClient, evaluator: Evaluator = Evaluator()) {
        self.client = client
        self.evaluator = evaluator
    }

    public func perform(_ job: Job, logger: Logger) async throws -> JobEffects {
        let payload = try job.payload(as: EvaluationJobPayload.self)
        let snapshot = try await SnapshotLoader(client: self.client).load(asOf: payload.asOf, logger: logger)
        let result = self.evaluator.evaluate(snapshot)
        return { connection in
            let id = try await EvaluationRepository.save(result, snapshot: snapshot, trigger: payload.trigger, jobKey: job.key, on: connection, logger: logger)
            let deliveries = try await StatusChangeNotifier.enqueueDeliveries(evaluation: id, on: connection, logger: logger)
            logger.info(
                "Evaluated",
                metadata: [
                    "job.id": "\(job.id)", "evaluation.id": "\(id)", "evaluation.as_of": "\(payload.asOf)", "evaluation.findings": "\(result.findings.count)",
                    "webhook.deliveries": "\(deliveries.count)",
                ])
        }
    }
}
