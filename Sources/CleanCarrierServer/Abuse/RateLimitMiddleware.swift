import CleanCarrierStore
import Hummingbird

/// Limits request rates before anything else is done for a request: per API key (by the key's public prefix, read
/// from the bearer token without a database lookup), and per client address for requests without a key. Refusals
/// are 429 problems with `Retry-After`. `APIKeyMiddleware` charges failed authentications to the address too, so
/// guessing keys is throttled like anonymous traffic.
struct RateLimitMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    let limiter: RateLimiter
    let limits: AbuseLimits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let decision: RateLimiter.Decision
        if let token = request.headers[.authorization].flatMap(Self.bearerToken), let secret = APIKeySecret(parsing: token) {
            decision = self.limiter.take("key:\(secret.prefix)", perMinute: self.limits.perKeyPerMinute)
        } else {
            decision = self.chargeAddress(context)
        }
        if case .limited(let seconds) = decision { throw ProblemDetails.tooManyRequests(retryAfter: seconds) }
        return try await next(request, context)
    }

    /// Takes one request from the allowance of `context`'s client address.
    func chargeAddress(_ context: Context) -> RateLimiter.Decision {
        self.limiter.take("address:\(context.clientAddress)", perMinute: self.limits.perAddressPerMinute)
    }

    /// The token of an `Authorization: Bearer <token>` header.
    static func bearerToken(_ header: String) -> String? {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        return String(parts[1])
    }
}

extension ProblemDetails {
    /// 429, with the seconds to wait.
    static func tooManyRequests(retryAfter seconds: Int) -> ProblemDetails {
        var problem = ProblemDetails(.tooManyRequests, detail: "too many requests: retry after \(seconds) second(s)")
        problem.headers[.retryAfter] = String(seconds)
        return problem
    }
}
