public import CleanCarrierCore
public import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The one way an evaluation is made, however it was asked for (`cleancarrier evaluate`, `demo`, a queued job from
/// `POST /evaluations`, a schedule or a trigger): load the snapshot, run the rules, then save the findings and queue
/// the webhook deliveries of its status changes in one transaction.
public struct EvaluationService: Sendable {
    public let client: PostgresClient
    public let evaluator: Evaluator

    public init(client: PostgresClient, evaluator: Evaluator = Evaluator()) {
        self.client = client
        self.evaluator = evaluator
    }

    /// The active datasets as of `asOf` (only the registry and `kinds`, when given), loaded into memory.
    public func snapshot(asOf: Day, kinds: Set<DatasetKind>? = nil, logger: Logger) async throws -> Snapshot {
        try await SnapshotLoader(client: self.client).load(asOf: asOf, kinds: kinds, logger: logger)
    }

    /// Loads the snapshot and runs every rule over it; nothing is written yet.
    public func prepare(asOf: Day, logger: Logger) async throws -> PreparedEvaluation {
        let clock = ContinuousClock()
        let started = clock.now
        let snapshot = try await self.snapshot(asOf: asOf, logger: logger)
        let loaded = clock.now
        let result = try self.evaluator.evaluate(snapshot)
        return PreparedEvaluation(snapshot: snapshot, result: result, loading: loaded - started, rules: clock.now - loaded)
    }

    /// Evaluates the active datasets as of `asOf` and saves the evaluation with its deliveries, in one transaction.
    /// - Parameter trigger: who asked, as the evaluation records it (`cli`, `demo`, `schedule:nightly`, ...).
    public func evaluate(asOf: Day, trigger: String, logger: Logger) async throws -> EvaluationOutcome {
        let prepared = try await self.prepare(asOf: asOf, logger: logger)
        return try await self.client.withTransaction(logger: logger) { connection in
            try await prepared.save(trigger: trigger, jobKey: nil, on: connection, logger: logger)
        }
    }
}
