import CleanCarrierStore
import Hummingbird
import Logging

/// Authenticates `Authorization: Bearer <key>`: a missing, malformed, unknown or revoked key gets 401.
struct APIKeyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let keys: APIKeyRepository

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw ProblemDetails.unauthorized("an API key is required: send Authorization: Bearer <key>")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else {
            throw ProblemDetails.unauthorized("the Authorization header must be: Bearer <key>")
        }
        guard let key = try await self.keys.authenticate(String(parts[1]), logger: context.logger) else {
            context.logger.notice("Rejected API key", metadata: ["http.path": "\(request.uri.path)"])
            throw ProblemDetails.unauthorized("the API key is unknown or revoked")
        }
        var context = context
        context.key = key
        context.logger[metadataKey: "api.key"] = "\(key.prefix)"
        return try await next(request, context)
    }
}
