import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore

extension APIImplementation {
    func listEntities(_ input: Operations.ListEntities.Input) async throws -> Operations.ListEntities.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let day = try Self.day(input.query.asOf, name: "as_of")
        guard let version = try await self.registry.activeVersion(logger: AppRequestContext.logger) else {
            return .ok(.init(body: .json(.init(asOf: day.description, items: []))))
        }
        let view = RegistryView(registry: try await self.registry.registry(dataset: version, logger: AppRequestContext.logger), day: day)
        var entities = view.registry.entities.map(\.id).sorted()
        if key.role == .telco { entities.removeAll { !key.entities.contains($0.rawValue) } }
        var items = entities.compactMap { view.verdict(for: $0) }
        if let untrusted = input.query.untrusted { items.removeAll { $0.untrusted != untrusted } }
        return .ok(.init(body: .json(.init(asOf: day.description, registryVersion: version, items: items))))
    }

    func getEntity(_ input: Operations.GetEntity.Input) async throws -> Operations.GetEntity.Output {
        let key = try AppRequestContext.key(allowing: [.regulator, .telco])
        let day = try Self.day(input.query.asOf, name: "as_of")
        let id = input.path.entityId
        let notFound = ProblemDetails.notFound("there is no entity '\(id)'")
        guard key.role != .telco || key.entities.contains(id) else { throw notFound }
        guard let version = try await self.registry.activeVersion(logger: AppRequestContext.logger) else { throw notFound }
        let view = RegistryView(registry: try await self.registry.registry(dataset: version, logger: AppRequestContext.logger), day: day)
        guard let verdict = view.verdict(for: EntityID(id)) else { throw notFound }
        return .ok(.init(body: .json(verdict)))
    }

    func listDesignations(_ input: Operations.ListDesignations.Input) async throws -> Operations.ListDesignations.Output {
        _ = try AppRequestContext.key(allowing: [.regulator, .telco])
        guard let version = try await self.registry.activeVersion(logger: AppRequestContext.logger) else {
            return .ok(.init(body: .json(.init(items: []))))
        }
        let registry = try await self.registry.registry(dataset: version, logger: AppRequestContext.logger)
        let items = registry.designations.sorted { $0.id < $1.id }.map { Components.Schemas.Designation($0) }
        return .ok(.init(body: .json(.init(registryVersion: version, items: items))))
    }
}
