import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

extension APIImplementation {
    func createDesignation(_ input: Operations.CreateDesignation.Input) async throws -> Operations.CreateDesignation.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the designation as application/json") }
        guard let effective = Day(iso: body.effective) else { throw ProblemDetails.badRequest("effective must be a date (YYYY-MM-DD)") }
        let designation = Designation(
            id: body.id,
            entity: EntityID(body.entity),
            instrument: Designation.Instrument(body.instrument),
            effective: effective,
            citation: body.citation,
            extendsToAffiliates: body.extendsToAffiliates ?? true
        )
        let editor = self.editor.auditing(as: Self.actor(key))
        let (saved, version) = try await self.change { try await editor.add(designation, logger: AppRequestContext.logger) }
        return .created(.init(body: .json(.init(designation: .init(saved), registryVersion: version))))
    }

    func endDesignation(_ input: Operations.EndDesignation.Input) async throws -> Operations.EndDesignation.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the end date as application/json") }
        guard let end = Day(iso: body.end) else { throw ProblemDetails.badRequest("end must be a date (YYYY-MM-DD)") }
        let id = input.path.designationId
        let editor = self.editor.auditing(as: Self.actor(key))
        let (saved, version) = try await self.change { try await editor.end(designation: id, on: end, logger: AppRequestContext.logger) }
        return .ok(.init(body: .json(.init(designation: .init(saved), registryVersion: version))))
    }

    /// Runs a registry change, answering its refusals as problems.
    private func change(_ work: () async throws -> (Designation, version: Int64)) async throws -> (Designation, version: Int64) {
        do {
            return try await work()
        } catch let refusal as RegistryEditor.Refusal {
            switch refusal {
            case .noRegistry, .unknownDesignation: throw ProblemDetails.notFound(refusal.description)
            case .duplicateDesignation, .alreadyEnded: throw ProblemDetails.conflict(refusal.description)
            case .unknownEntity, .endNotAfterStart: throw ProblemDetails.rejected(refusal.description, errors: [])
            case .rejected(let errors): throw ProblemDetails.rejected("the changed registry does not validate", errors: errors)
            }
        }
    }
}
