public import CleanCarrierStore
public import Hummingbird
import Logging

/// The per-request state: Hummingbird's core context and the API key the request authenticated with.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The caller's key, set by `APIKeyMiddleware`.
    public var key: APIKey?
    /// The client's IP address (or `unknown`), which rate limits and the audit of failed authentications name.
    public var clientAddress: String

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.key = nil
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The context of the request being handled, for OpenAPI handlers (which receive no context), bound by
    /// `OpenAPIRequestContextMiddleware`.
    @TaskLocal public static var current: AppRequestContext?
}

extension AppRequestContext {
    /// The logger of the current request (with its `hb.request.id`).
    static var logger: Logger { Self.current?.logger ?? Logger(label: "cleancarrier.server") }

    /// The current caller's key, when its role is one of `roles`.
    /// - Throws: 401 when no key authenticated the request, 403 when its role is not allowed.
    static func key(allowing roles: Set<APIKey.Role>) throws(ProblemDetails) -> APIKey {
        guard let key = Self.current?.key else { throw .unauthorized("an API key is required: send Authorization: Bearer <key>") }
        guard roles.contains(key.role) else {
            throw .forbidden("a \(key.role.rawValue) key may not do this (allowed: \(roles.map(\.rawValue).sorted().joined(separator: ", ")))")
        }
        return key
    }
}
