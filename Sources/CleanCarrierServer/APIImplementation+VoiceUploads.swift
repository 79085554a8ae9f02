import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

/// Voice route uploads: a telco's own carriers' routes, or any tenant's for a regulator.
extension APIImplementation {
    func uploadVoiceRoutes(_ input: Operations.UploadVoiceRoutes.Input) async throws -> Operations.UploadVoiceRoutes.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let tenant = try await self.uploadTenant(input.query.tenant, key: key)
        let ownCarriers = key.role == .telco ? Set(key.entities) : nil
        guard case .csv(let body) = input.body else { throw ProblemDetails.badRequest("send the CSV file as text/csv") }
        let file = input.query.fileName ?? "voice-routes.csv"
        let data = try await self.collect(body)
        let (outcome, result) = try await self.upload(
            data,
            file: file,
            kind: .voiceRoutes,
            tenant: tenant,
            ownParties: ownCarriers,
            key: key,
            logger: AppRequestContext.logger
        )
        return outcome.status == .imported ? .created(.init(body: .json(result))) : .ok(.init(body: .json(result)))
    }
}
