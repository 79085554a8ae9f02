import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

extension APIImplementation {
    /// Findings pages hold 20 findings unless asked for more, and at most 100.
    static let findingPageSize = (preset: 20, maximum: 100)

    func listFindings(_ input: Operations.ListFindings.Input) async throws -> Operations.ListFindings.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let logger = AppRequestContext.logger
        let query = input.query
        let limit = try PageCursor.limit(query.limit, default: Self.findingPageSize.preset, maximum: Self.findingPageSize.maximum)
        let after = try query.cursor.map(PageCursor.decode)
        guard let evaluation = try await self.evaluation(query.evaluation) else {
            return .ok(.init(body: .json(.init(items: []))))
        }
        let filter = FindingRepository.Filter(
            rule: query.rule.map(Finding.Rule.init),
            severity: query.severity.map(Finding.Severity.init),
            subject: query.subject,
            status: query.status.map(EvaluationReport.Status.init),
            subjects: try await self.visibleSubjects(key, evaluation: evaluation)
        )
        let items: [Components.Schemas.FindingItem]
        if query.include == .evidence {
            let view = try await self.tenantView(key)
            items = try await self.findings.page(evaluation: evaluation, filter: filter, after: after, limit: limit, logger: logger).map {
                .init(view?.finding($0) ?? $0)
            }
        } else {
            items = try await self.findings.summaries(evaluation: evaluation, filter: filter, after: after, limit: limit, logger: logger).map {
                .init($0)
            }
        }
        let next = items.count == limit ? items.last.map { PageCursor.encode($0.fingerprint) } : nil
        return .ok(.init(body: .json(.init(evaluationId: evaluation, items: items, next: next))))
    }

    func getFinding(_ input: Operations.GetFinding.Input) async throws -> Operations.GetFinding.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let fingerprint = input.path.fingerprint
        guard let evaluation = try await self.evaluation(input.query.evaluation),
            let record = try await self.findings.finding(
                fingerprint: fingerprint,
                evaluation: evaluation,
                subjects: try await self.visibleSubjects(key, evaluation: evaluation),
                logger: AppRequestContext.logger
            )
        else { throw ProblemDetails.notFound("there is no finding \(fingerprint)") }
        let view = try await self.tenantView(key)
        return .ok(.init(body: .json(.init(view?.finding(record) ?? record))))
    }

    /// The evaluation asked for, or the latest successful one; `nil` when none exists yet.
    /// - Throws: 400 for an id below 1, 404 when an evaluation was named that does not exist.
    func evaluation(_ requested: Int64?) async throws -> Int64? {
        guard let requested else { return try await self.evaluations.latestID(logger: AppRequestContext.logger) }
        guard requested > 0 else { throw ProblemDetails.badRequest("evaluation must be a positive id, not \(requested)") }
        guard try await self.evaluations.summary(id: requested, subjects: [], logger: AppRequestContext.logger) != nil else {
            throw ProblemDetails.notFound("there is no evaluation \(requested)")
        }
        return requested
    }

    /// What a telco key may see of data not its own (`TenantView`); `nil` for a regulator, who sees everything.
    func tenantView(_ key: APIKey) async throws -> TenantView? {
        guard key.role == .telco else { return nil }
        guard let tenant = key.tenant else { return TenantView(visibleDatasets: []) }
        return TenantView(visibleDatasets: try await self.datasets.visibleIDs(tenant: tenant, logger: AppRequestContext.logger))
    }

    /// The subjects whose findings `key` may see: `nil` (all) for a regulator, a telco's entities and their ASNs.
    func visibleSubjects(_ key: APIKey, evaluation: Int64?) async throws -> [String]? {
        guard key.role == .telco else { return nil }
        return try await self.findings.subjects(boundTo: key.entities, evaluation: evaluation, logger: AppRequestContext.logger)
    }
}
