public import CleanCarrierApp
public import CleanCarrierStore
public import Logging

/// Runs `evaluate` jobs (queued by `POST /evaluations`, schedules and triggers) through the `EvaluationService`: the
/// evaluation is computed outside any transaction, then saved (keyed by the job, so a retried job never doubles it)
/// with its webhook deliveries, in the transaction that completes the job.
public struct EvaluationJobHandler: JobHandler {
    public let service: EvaluationService
    public var kind: String { EvaluationJobPayload.kind }

    public init(service: EvaluationService) { self.service = service }

    public func perform(_ job: Job, logger: Logger) async throws -> JobEffects {
        let payload = try job.payload(as: EvaluationJobPayload.self)
        let prepared = try await self.service.prepare(asOf: payload.asOf, logger: logger)
        return { connection in
            _ = try await prepared.save(trigger: payload.trigger, jobKey: job.key, on: connection, logger: logger)
        }
    }
}
