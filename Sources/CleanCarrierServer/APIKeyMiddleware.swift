import CleanCarrierStore
import Hummingbird
import Logging

/// Authenticates `Authorization: Bearer <key>`: a missing, malformed, unknown, revoked or expired key gets 401, and
/// an `auth.failed` audit event naming the path, the client address and the key prefix presented (if any). Failures
/// count against the client address's rate limit; once it is spent they get 429 instead.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let keys: APIKeyRepository
    let audit: AuditLog
    let rateLimit: RateLimitMiddleware

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw try await self.refuse(
                request,
                context,
                reason: "no key",
                presented: nil,
                "an API key is required: send Authorization: Bearer <key>"
            )
        }
        guard let token = RateLimitMiddleware.bearerToken(header) else {
            throw try await self.refuse(
                request,
                context,
                reason: "not a bearer token",
                presented: nil,
                "the Authorization header must be: Bearer <key>"
            )
        }
        guard let key = try await self.keys.authenticate(token, logger: context.logger) else {
            context.logger.notice("Rejected API key", metadata: ["http.path": "\(request.uri.path)"])
            let prefix = APIKeySecret(parsing: token)?.prefix
            throw try await self.refuse(
                request,
                context,
                reason: "unknown, revoked or expired key",
                presented: prefix,
                "the API key is unknown, revoked or expired"
            )
        }
        var context = context
        context.key = key
        context.logger[metadataKey: "api.key"] = "\(key.prefix)"
        return try await next(request, context)
    }

    /// Audits a failed authentication and answers 401, or 429 when the client address has spent its allowance.
    private func refuse(
        _ request: Request,
        _ context: Context,
        reason: String,
        presented prefix: String?,
        _ detail: String
    ) async throws -> ProblemDetails {
        // `RateLimitMiddleware` charged a request to its key's prefix when it presented one, else to the address already.
        if prefix != nil, case .limited(let seconds) = self.rateLimit.chargeAddress(context) {
            return .tooManyRequests(retryAfter: seconds)
        }
        try await self.audit.record(
            AuditLog.Actor(name: prefix ?? "anonymous", role: nil, tenant: nil),
            action: "auth.failed",
            target: "\(request.method.rawValue) \(String(request.uri.path.prefix(200)))",
            details: ["reason": reason, "address": context.clientAddress],
            logger: context.logger
        )
        return .unauthorized(detail)
    }
}
