import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import OpenAPIRuntime

extension APIImplementation {
    func getReport(_ input: Operations.GetReport.Input) async throws -> Operations.GetReport.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let id = input.path.evaluationId
        let report = try await self.services.reports.report(evaluation: id, logger: AppRequestContext.logger)
        let visible = try await self.visible(report, to: key, evaluations: [id])
        return .ok(try Self.render(visible, as: input.query.format ?? .markdown))
    }

    func getDiff(_ input: Operations.GetDiff.Input) async throws -> Operations.GetDiff.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let id = input.path.evaluationId
        let baseline = input.query.against
        guard baseline > 0 else { throw ProblemDetails.badRequest("against must be a positive evaluation id, not \(baseline)") }
        let diff = try await self.services.reports.report(evaluation: id, since: baseline, logger: AppRequestContext.logger)
        let visible = try await self.visible(diff, to: key, evaluations: [id, baseline])
        return .ok(try Self.render(visible, as: input.query.format ?? .markdown))
    }

    /// `report` with only the findings and clean-telco statuses `key` may see: a telco's subjects in any of
    /// `evaluations` (their registry versions may differ), with only the datasets and records it may see
    /// (`TenantView`); everything for a regulator.
    private func visible(_ report: EvaluationReport, to key: APIKey, evaluations: [Int64]) async throws -> EvaluationReport {
        guard let view = try await self.tenantView(key) else { return report }
        var subjects = Set<String>()
        for evaluation in evaluations {
            subjects.formUnion(try await self.visibleSubjects(key, evaluation: evaluation) ?? [])
        }
        var visible = view.report(report)
        visible.entries.removeAll { !subjects.contains($0.finding.subject.ref) }
        visible.cleanTelco.removeAll { !subjects.contains($0.carrier.ref) }
        visible.baseline?.cleanTelco.removeAll { !subjects.contains($0.carrier.ref) }
        return visible
    }

    /// `report` in `format`, as the `Report` response.
    private static func render(_ report: EvaluationReport, as format: Components.Parameters.ReportFormat) throws -> Components.Responses.Report {
        switch format {
        case .markdown: return .init(body: .textMarkdown(HTTPBody(MarkdownReportRenderer.render(report))))
        case .csv: return .init(body: .csv(HTTPBody(CSVReportRenderer.render(report))))
        case .html: return .init(body: .html(HTTPBody(HTMLReportRenderer.render(report))))
        case .json:
            let object = try JSONDecoder().decode(OpenAPIObjectContainer.self, from: try JSONReportRenderer.render(report))
            return .init(body: .json(object))
        }
    }
}
