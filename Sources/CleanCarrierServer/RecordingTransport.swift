import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime

/// Registers the OpenAPI operations on the router: public ones (`/health`) on the bare router, every other on the
/// authenticated group; and records each route for `MethodNotAllowedMiddleware`.
struct RecordingTransport: ServerTransport {
    let open: RouterGroup<AppRequestContext>
    let authenticated: RouterGroup<AppRequestContext>
    let publicPaths: Set<String>
    let routes: RouteTable

    func register(
        _ handler: @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        self.routes.add(method, path)
        if self.publicPaths.contains(path) {
            self.open.register(handler, method: method, path: path)
        } else {
            self.authenticated.register(handler, method: method, path: path)
        }
    }
}
