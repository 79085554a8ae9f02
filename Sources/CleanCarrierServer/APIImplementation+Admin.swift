import CleanCarrierAPI
import CleanCarrierStore
import Foundation
import OpenAPIRuntime

extension APIImplementation {
    func listKeys(_ input: Operations.ListKeys.Input) async throws -> Operations.ListKeys.Output {
        _ = try AppRequestContext.key(allowing: [.admin])
        let keys = try await self.keys.list(logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(items: keys.map { .init($0) }))))
    }

    func createKey(_ input: Operations.CreateKey.Input) async throws -> Operations.CreateKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the key's settings as application/json") }
        guard let role = APIKey.Role(rawValue: body.role.rawValue) else { throw ProblemDetails.badRequest("unknown role '\(body.role.rawValue)'") }
        let created: (APIKey, APIKeySecret)
        do {
            created = try await self.keys.create(
                role: role, tenant: body.tenant, entities: body.entities ?? [], label: body.label, expiresAt: try Self.expiry(body.expiresAt),
                auditedAs: Self.actor(admin), logger: AppRequestContext.logger)
        } catch let refusal as APIKeyRepository.Refusal {
            throw ProblemDetails.badRequest(refusal.description)
        }
        let (key, secret) = created
        return .created(.init(body: .json(.init(key: .init(key), secret: secret.text))))
    }

    func revokeKey(_ input: Operations.RevokeKey.Input) async throws -> Operations.RevokeKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        let id = input.path.keyId
        guard let key = try await self.keys.revoke(id: id, auditedAs: Self.actor(admin), logger: AppRequestContext.logger) else {
            throw ProblemDetails.notFound("there is no key \(id)")
        }
        return .ok(.init(body: .json(.init(key))))
    }

    func rotateKey(_ input: Operations.RotateKey.Input) async throws -> Operations.RotateKey.Output {
        let admin = try AppRequestContext.key(allowing: [.admin])
        var expiresAt: Date?
        if case .json(let body)? = input.body { expiresAt = try Self.expiry(body.expiresAt) }
        let id = input.path.keyId
        guard let (key, secret) = try await self.keys.rotate(id: id, expiresAt: expiresAt, auditedAs: Self.actor(admin), logger: AppRequestContext.logger)
        else { throw ProblemDetails.notFound("there is no live key \(id)") }
        return .created(.init(body: .json(.init(key: .init(key), secret: secret.text))))
    }

    /// A new key's expiry: `nil` for none.
    /// - Throws: 422 when it is not in the future.
    private static func expiry(_ date: Date?) throws(ProblemDetails) -> Date? {
        guard let date else { return nil }
        guard date > Date() else { throw .invalidField("expiresAt", "must be in the future") }
        return date
    }

    func listAuditEvents(_ input: Operations.ListAuditEvents.Input) async throws -> Operations.ListAuditEvents.Output {
        _ = try AppRequestContext.key(allowing: [.admin, .regulator])
        let limit = try PageCursor.limit(input.query.limit)
        let events = try await self.audit.page(limit: limit, before: try PageCursor.decodeID(input.query.cursor), logger: AppRequestContext.logger)
        let items = try events.map { event in
            Components.Schemas.AuditEvent(
                id: event.id, at: event.at, actor: event.actor, role: event.role, tenant: event.tenant, action: event.action, target: event.target,
                details: try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(event.details.utf8)))
        }
        let next = events.count == limit ? events.last.map { PageCursor.encode(String($0.id)) } : nil
        return .ok(.init(body: .json(.init(items: items, next: next))))
    }
}
