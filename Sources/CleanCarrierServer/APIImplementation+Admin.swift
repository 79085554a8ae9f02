import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierStore
import Foundation
import OpenAPIRuntime

extension APIImplementation {
    func listKeys(_ input: Operations.ListKeys.Input) async throws -> Operations.ListKeys.Output {
        _ = try AppRequestContext.key(allowing: [.admin])
        let keys = try await self.services.keys.list(logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(items: keys.map { .init($0) }))))
    }

    func createKey(_ input: Operations.CreateKey.Input) async throws -> Operations.CreateKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the key's settings as application/json") }
        let request = KeyService.NewKey(
            role: APIKey.Role(body.role),
            tenant: body.tenant,
            entities: body.entities ?? [],
            label: body.label,
            expiresAt: body.expiresAt
        )
        let (key, secret) = try await self.services.keys.create(request, by: Self.actor(admin), logger: AppRequestContext.logger)
        return .created(.init(body: .json(.init(key: .init(key), secret: secret.text))))
    }

    func revokeKey(_ input: Operations.RevokeKey.Input) async throws -> Operations.RevokeKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        let key = try await self.services.keys.revoke(id: input.path.keyId, by: Self.actor(admin), logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(key))))
    }

    func rotateKey(_ input: Operations.RotateKey.Input) async throws -> Operations.RotateKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        var expiresAt: Date?
        if case .json(let body)? = input.body { expiresAt = body.expiresAt }
        let (key, secret) = try await self.services.keys.rotate(
            id: input.path.keyId,
            expiresAt: expiresAt,
            by: Self.actor(admin),
            logger: AppRequestContext.logger
        )
        return .created(.init(body: .json(.init(key: .init(key), secret: secret.text))))
    }

    func listAuditEvents(_ input: Operations.ListAuditEvents.Input) async throws -> Operations.ListAuditEvents.Output {
        _ = try AppRequestContext.key(allowing: [.admin, .regulator])
        let limit = try PageCursor.limit(input.query.limit)
        let events = try await self.audit.page(limit: limit, before: try PageCursor.decodeID(input.query.cursor), logger: AppRequestContext.logger)
        let items = try events.map { event in
            Components.Schemas.AuditEvent(
                id: event.id,
                at: event.at,
                actor: event.actor,
                role: event.role,
                tenant: event.tenant,
                action: event.action,
                target: event.target,
                details: try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(event.details.utf8))
            )
        }
        let next = events.count == limit ? events.last.map { PageCursor.encode(String($0.id)) } : nil
        return .ok(.init(body: .json(.init(items: items, next: next))))
    }
}
