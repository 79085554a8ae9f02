import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

/// Voice route uploads: a telco's own carriers' routes, or any tenant's for a regulator.
extension APIImplementation {
    func uploadVoiceRoutes(_ input: Operations.UploadVoiceRoutes.Input) async throws -> Operations.UploadVoiceRoutes.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let tenant = try await self.uploadTenant(input.query.tenant, key: key)
        let ownCarriers = key.role == .telco ? Set(key.entities.map { EntityID($0) }) : nil
        guard case .csv(let body) = input.body else { throw ProblemDetails.badRequest("send the CSV file as text/csv") }
        let file = input.query.fileName ?? "voice-routes.csv"
        let data = try await self.collect(body)
        let outcome = try await self.timed(.voiceRoutes) {
            try await self.auditedImporter(for: key, kind: .voiceRoutes, file: file).importVoiceRoutes(
                file: file, data: data, tenant: tenant, ownCarriers: ownCarriers, logger: AppRequestContext.logger)
        }
        let result = try self.settle(outcome, kind: .voiceRoutes, file: file, key: key)
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }
}
