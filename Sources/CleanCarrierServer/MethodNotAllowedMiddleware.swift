import Hummingbird

/// Turns the router's 404 into 405 with `Allow` when the path exists but not with the request's method.
struct MethodNotAllowedMiddleware<Context: RequestContext>: RouterMiddleware {
    let routes: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            let allowed = self.routes.methods(for: request.uri.path)
            guard !allowed.isEmpty else { throw ProblemDetails.notFound("no resource at \(request.uri.path)") }
            var problem = ProblemDetails(.methodNotAllowed, detail: "\(request.method) is not supported here")
            problem.headers[.allow] = allowed.map(\.rawValue).joined(separator: ", ")
            throw problem
        }
    }
}
