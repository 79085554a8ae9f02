import HTTPTypes
import Hummingbird

/// Adds the headers every answer carries, errors included: `X-Content-Type-Options: nosniff` (no content sniffing),
/// `Cache-Control: no-store` (answers hold compliance data: no shared or browser cache keeps them),
/// `Referrer-Policy: no-referrer`, and on HTML a strict `Content-Security-Policy` (no script, no fetch, no frame:
/// only the page's own inline style and inline SVG).
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The policy of HTML answers (the report page is self-contained: inline style, inline SVG, nothing loaded).
    static var contentSecurityPolicy: String {
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if response.headers[.contentType]?.lowercased().hasPrefix("text/html") == true {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        }
        return response
    }
}
