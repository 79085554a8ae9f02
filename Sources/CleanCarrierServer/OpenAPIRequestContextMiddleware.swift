import Hummingbird

/// Binds the request context as `AppRequestContext.current` for the OpenAPI handlers, which receive no context.
/// Add it last, so the context it binds holds everything earlier middleware set.
struct OpenAPIRequestContextMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await AppRequestContext.$current.withValue(context) { try await next(request, context) }
    }
}
