import HTTPTypes
import Hummingbird

/// Bounds every request body before any handler reads it: uploads (`POST /datasets/...`) to the upload limit, every
/// other body to the JSON limit. A `Content-Length` over the limit is refused at once, unread; a longer body (chunked,
/// or lying about its length) is refused as soon as the limit is passed while it streams. Both answer 413.
struct BodyLimitMiddleware<Context: RequestContext>: RouterMiddleware {
    /// The limit for JSON bodies (every operation but the uploads): 1 MiB.
    static var defaultJSONLimit: Int { 1 << 20 }

    let jsonLimit: Int
    let uploadLimit: Int

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let limit = self.limit(for: request)
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ProblemDetails.bodyTooLarge(limit: limit)
        }
        var request = request
        request.body = RequestBody(asyncSequence: BodyLimit(base: request.body, limit: limit))
        return try await next(request, context)
    }

    /// The limit that applies to `request`'s body.
    func limit(for request: Request) -> Int {
        request.method == .post && request.uri.path.hasPrefix("/datasets/") ? self.uploadLimit : self.jsonLimit
    }
}
