import Foundation
import Synchronization

/// Token buckets per client: each holds up to a minute's allowance and refills continuously, so a client may burst
/// up to `perMinute` requests and then keep to `perMinute` a minute. In memory, per process.
final class RateLimiter: Sendable {
    /// The answer for one request.
    enum Decision: Equatable {
        case allowed
        /// Refused: retry after this many seconds.
        case limited(retryAfter: Int)
    }

    private struct Bucket {
        var tokens: Double
        var updated: ContinuousClock.Instant
    }

    /// At most this many clients are tracked; past it, buckets that have refilled completely are forgotten.
    private static let maximumClients = 100_000

    private let buckets = Mutex<[String: Bucket]>([:])
    private let clock = ContinuousClock()

    /// Takes one token from `client`'s bucket of `perMinute` (0: no limit).
    func take(_ client: String, perMinute: Int) -> Decision {
        guard perMinute > 0 else { return .allowed }
        let capacity = Double(perMinute)
        let perSecond = capacity / 60
        let now = self.clock.now
        return self.buckets.withLock { buckets in
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = min(capacity, bucket.tokens + Self.seconds(now - bucket.updated) * perSecond)
            bucket.updated = now
            defer { buckets[client] = bucket }
            if buckets.count >= Self.maximumClients { Self.forgetFull(&buckets, capacity: capacity, perSecond: perSecond, now: now) }
            guard bucket.tokens >= 1 else { return .limited(retryAfter: max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))) }
            bucket.tokens -= 1
            return .allowed
        }
    }

    private static func forgetFull(_ buckets: inout [String: Bucket], capacity: Double, perSecond: Double, now: ContinuousClock.Instant) {
        buckets = buckets.filter { $0.value.tokens + Self.seconds(now - $0.value.updated) * perSecond < capacity }
    }

    private static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
