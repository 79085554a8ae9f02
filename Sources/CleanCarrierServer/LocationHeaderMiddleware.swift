import Foundation
import Hummingbird

/// Sends `Location` headers as written: swift-openapi-runtime percent-encodes every header value it sets
/// (swift-openapi-generator issue 857), which turns `/jobs/7` into `%2Fjobs%2F7`. Every `Location` this API sets is
/// a path of its own, so the encoding is undone here.
struct LocationHeaderMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let location = response.headers[.location], let decoded = location.removingPercentEncoding, decoded != location {
            response.headers[.location] = decoded
        }
        return response
    }
}
