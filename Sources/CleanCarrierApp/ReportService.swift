public import CleanCarrierCore
import CleanCarrierStore
public import Logging
public import PostgresNIO

/// Stored evaluations as reports: one evaluation's findings with their evidence, or its changes since another.
public struct ReportService: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private var evaluations: EvaluationRepository { EvaluationRepository(client: self.client) }

    /// The report of evaluation `id` (`nil`: the latest), or, with `baseline`, its new, persisting and resolved
    /// findings since that earlier evaluation.
    /// - Throws: `RequestRefusal.notFound` when an evaluation does not exist, or none has been run.
    public func report(evaluation id: Int64?, since baseline: Int64? = nil, logger: Logger) async throws -> EvaluationReport {
        let latest = id == nil ? try await self.evaluations.latestID(logger: logger) : nil
        guard let id = id ?? latest else { throw RequestRefusal.notFound("there is no evaluation yet: run `cleancarrier evaluate`") }
        let report =
            if let baseline {
                try await self.evaluations.diff(from: baseline, to: id, logger: logger)
            } else {
                try await self.evaluations.report(evaluation: id, logger: logger)
            }
        guard let report else {
            throw RequestRefusal.notFound("there is no evaluation #\(id)" + (baseline.map { " or #\($0)" } ?? ""))
        }
        return report
    }
}
