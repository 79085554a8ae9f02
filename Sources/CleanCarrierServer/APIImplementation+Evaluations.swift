import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes
import PostgresNIO

extension APIImplementation {
    func listEvaluations(_ input: Operations.ListEvaluations.Input) async throws -> Operations.ListEvaluations.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let limit = try PageCursor.limit(input.query.limit)
        let before = try PageCursor.decodeID(input.query.cursor)
        let subjects = try await self.visibleSubjects(key, evaluation: nil)
        let summaries = try await self.evaluations.summaries(limit: limit, before: before, subjects: subjects, logger: AppRequestContext.logger)
        let next = summaries.count == limit ? summaries.last.map { PageCursor.encode(String($0.id)) } : nil
        let view = try await self.tenantView(key)
        return .ok(.init(body: .json(.init(items: summaries.map { .init(view?.summary($0) ?? $0) }, next: next))))
    }

    func getEvaluation(_ input: Operations.GetEvaluation.Input) async throws -> Operations.GetEvaluation.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let id = input.path.evaluationId
        let subjects = try await self.visibleSubjects(key, evaluation: id)
        guard let summary = try await self.evaluations.summary(id: id, subjects: subjects, logger: AppRequestContext.logger) else {
            throw ProblemDetails.notFound("there is no evaluation \(id)")
        }
        let view = try await self.tenantView(key)
        return .ok(.init(body: .json(.init(view?.summary(summary) ?? summary))))
    }

    func runEvaluation(_ input: Operations.RunEvaluation.Input) async throws -> Operations.RunEvaluation.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        let logger = AppRequestContext.logger
        var requested: String?
        if case .json(let body)? = input.body { requested = body.asOf }
        let asOf = try Self.day(requested, name: "asOf")
        let job = try await self.services.jobs.queueEvaluation(asOf: asOf, trigger: "api:\(key.prefix)", by: Self.actor(key), logger: logger)
        return .accepted(.init(headers: .init(location: "/jobs/\(job.id)"), body: .json(try Components.Schemas.Job(job))))
    }
}
