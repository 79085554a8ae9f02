import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes
import Logging
import OpenAPIRuntime

extension APIImplementation {
    func uploadInterconnects(_ input: Operations.UploadInterconnects.Input) async throws -> Operations.UploadInterconnects.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let logger = AppRequestContext.logger
        let tenant = try await self.uploadTenant(input.query.tenant, key: key)
        let ownParties = key.role == .telco ? Set(try await self.findings.subjects(boundTo: key.entities, evaluation: nil, logger: logger)) : nil
        guard case .csv(let body) = input.body else { throw ProblemDetails.badRequest("send the CSV file as text/csv") }
        let file = input.query.fileName ?? "interconnects.csv"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(
            data,
            file: file,
            kind: .interconnects,
            tenant: tenant,
            ownParties: ownParties,
            key: key,
            logger: logger
        )
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func uploadASRelationships(_ input: Operations.UploadASRelationships.Input) async throws -> Operations.UploadASRelationships.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .plainText(let body) = input.body else { throw ProblemDetails.badRequest("send the file as text/plain") }
        let file = input.query.fileName ?? "as-rel.txt"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(data, file: file, kind: .asRelationships, key: key, logger: AppRequestContext.logger)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func uploadRegistry(_ input: Operations.UploadRegistry.Input) async throws -> Operations.UploadRegistry.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .yaml(let body) = input.body else { throw ProblemDetails.badRequest("send the registry as application/yaml") }
        let file = input.query.fileName ?? "registry.yaml"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(data, file: file, kind: .registry, key: key, logger: AppRequestContext.logger)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    /// The tenant an upload is for: a telco's own (403 when it names another), or the one a regulator names (404 when
    /// it does not exist), or none.
    func uploadTenant(_ requested: String?, key: APIKey) async throws -> String? {
        if key.role == .telco {
            guard requested == nil || requested == key.tenant else { throw ProblemDetails.forbidden("a telco key uploads for its own tenant only") }
            return key.tenant
        }
        if let requested, try await !self.keys.tenantExists(requested, logger: AppRequestContext.logger) {
            throw ProblemDetails.notFound("there is no tenant '\(requested)'")
        }
        return requested
    }

    /// The whole body, refused with 413 as soon as it passes the upload limit.
    func collect(_ body: HTTPBody) async throws -> Data {
        let tooLarge = ProblemDetails(.contentTooLarge, detail: "uploads are limited to \(self.uploadLimit) bytes")
        if case .known(let length) = body.length, length > self.uploadLimit { throw tooLarge }
        var data = Data()
        for try await chunk in body {
            guard data.count + chunk.count <= self.uploadLimit else { throw tooLarge }
            data.append(contentsOf: chunk)
        }
        return data
    }

    /// Imports an upload through the `ImportService`, its `upload.<kind>` audit event written in the import's own
    /// transaction, records its duration and outcome in the metrics, then answers with its result, or 422 naming its
    /// first bad lines when it was rejected.
    func upload(
        _ data: Data,
        file: String,
        kind: DatasetKind,
        tenant: String? = nil,
        ownParties: Set<String>? = nil,
        key: APIKey,
        logger: Logger
    ) async throws -> (ImportOutcome, Components.Schemas.UploadResult) {
        let start = ContinuousClock.now
        let actor = Self.actor(key)
        let outcome = try await self.services.imports.importData(data, file: file, kind: kind, tenant: tenant, ownParties: ownParties, logger: logger)
        { outcome in
            AuditEntry(
                actor,
                action: "upload.\(kind.rawValue)",
                target: "dataset:\(outcome.datasetID)",
                details: ["file": file, "outcome": outcome.status.rawValue, "rows": String(outcome.rows), "errors": String(outcome.errorCount)]
            )
        }
        self.metrics.recordImport(kind: kind.rawValue, outcome: outcome.status.rawValue, duration: ContinuousClock.now - start)
        return (outcome, try Self.result(of: outcome))
    }

    /// The upload's result, or 422 naming its first bad lines (and counting them all) when it was rejected.
    private static func result(of outcome: ImportOutcome) throws -> Components.Schemas.UploadResult {
        switch outcome.status {
        case .rejected:
            var problem = ProblemDetails.rejected(
                "the upload was rejected with \(outcome.errorCount) error(s); nothing was loaded (dataset \(outcome.datasetID))",
                errors: outcome.errors
            )
            problem.errorCount = outcome.errorCount
            throw problem
        case .imported: return .init(datasetId: outcome.datasetID, outcome: .imported, rows: outcome.rows)
        case .unchanged: return .init(datasetId: outcome.datasetID, outcome: .unchanged, rows: outcome.rows)
        }
    }
}
