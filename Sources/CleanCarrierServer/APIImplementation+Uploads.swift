import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import HTTPTypes
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
        let outcome = try await self.timed(.interconnects) {
            try await self.auditedImporter(for: key, kind: .interconnects, file: file).importInterconnects(file: file, data: data, tenant: tenant, ownParties: ownParties, logger: logger)
        }
        let result = try self.settle(outcome, kind: .interconnects, file: file, key: key)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func uploadASRelationships(_ input: Operations.UploadASRelationships.Input) async throws -> Operations.UploadASRelationships.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .plainText(let body) = input.body else { throw ProblemDetails.badRequest("send the file as text/plain") }
        let file = input.query.fileName ?? "as-rel.txt"
        let data = try await self.collect(body)
        let outcome = try await self.timed(.asRelationships) {
            try await self.auditedImporter(for: key, kind: .asRelationships, file: file).importASRelationships(file: file, data: data, logger: AppRequestContext.logger)
        }
        let result = try self.settle(outcome, kind: .asRelationships, file: file, key: key)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }

    func uploadRegistry(_ input: Operations.UploadRegistry.Input) async throws -> Operations.UploadRegistry.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .yaml(let body) = input.body else { throw ProblemDetails.badRequest("send the registry as application/yaml") }
        let file = input.query.fileName ?? "registry.yaml"
        let data = try await self.collect(body)
        let outcome = try await self.timed(.registry) {
            try await self.auditedImporter(for: key, kind: .registry, file: file).importRegistry(file: file, data: data, logger: AppRequestContext.logger)
        }
        let result = try self.settle(outcome, kind: .registry, file: file, key: key)
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

    /// Runs an import, recording its duration and outcome in the metrics.
    func timed(_ kind: DatasetKind, _ work: () async throws -> ImportOutcome) async throws -> ImportOutcome {
        let start = ContinuousClock.now
        let outcome = try await work()
        self.metrics.recordImport(kind: kind.rawValue, outcome: outcome.status.rawValue, duration: ContinuousClock.now - start)
        return outcome
    }

    /// The importer for an upload with `key`: each import appends its `upload.<kind>` audit event in its own transaction.
    func auditedImporter(for key: APIKey, kind: DatasetKind, file: String) -> DatasetImporter {
        let actor = Self.actor(key)
        return self.importer.auditing { outcome in
            AuditEntry(
                actor, action: "upload.\(kind.rawValue)", target: "dataset:\(outcome.datasetID)",
                details: ["file": file, "outcome": outcome.status.rawValue, "rows": String(outcome.rows), "errors": String(outcome.errorCount)])
        }
    }

    /// Answers with the upload's result, or 422 naming its first bad lines when it was rejected.
    func settle(_ outcome: ImportOutcome, kind: DatasetKind, file: String, key: APIKey) throws -> Components.Schemas.UploadResult {
        switch outcome.status {
        case .rejected:
            var problem = ProblemDetails.rejected(
                "the upload was rejected with \(outcome.errorCount) error(s); nothing was loaded (dataset \(outcome.datasetID))",
                errors: outcome.errors)
            problem.errorCount = outcome.errorCount
            throw problem
        case .imported: return .init(datasetId: outcome.datasetID, outcome: .imported, rows: outcome.rows)
        case .unchanged: return .init(datasetId: outcome.datasetID, outcome: .unchanged, rows: outcome.rows)
        }
    }
}
