import CleanCarrierTestSupport
import Configuration
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

@testable import CleanCarrierServer

/// Security headers on every answer, a strict CSP on HTML, and request rates limited per key and per address.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct HardeningTests {
    @Test func everyAnswerCarriesTheSecurityHeadersAndHTMLAStrictPolicy() async throws {
        try await APITestHarness.run { api in
            for (uri, key) in [("/findings", api.regulator), ("/findings", nil), ("/health", nil), ("/nothing", api.regulator)] {
                let response = try await api.request(uri, key: key)
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[.cacheControl] == "no-store", "\(uri)")
                #expect(response.headers[.contentSecurityPolicy] == nil, "\(uri)")
            }
            let html = try await api.request("/evaluations/1/report?format=html", key: api.regulator)
            #expect(html.status == .ok)
            let policy = try #require(html.headers[.contentSecurityPolicy])
            #expect(policy.contains("default-src 'none'") && policy.contains("frame-ancestors 'none'") && !policy.contains("script"))
            #expect(html.headers[.xContentTypeOptions] == "nosniff")
        }
    }

    @Test func requestsOverAKeysRateGet429WithRetryAfter() async throws {
        try await APITestHarness.run(settings: ["rateLimit.perKey": 3, "rateLimit.perAddress": 2]) { api in
            for _ in 0..<3 { #expect(try await api.request("/findings", key: api.att).status == .ok) }
            let limited = try await api.request("/findings", key: api.att)
            #expect(limited.status == .tooManyRequests)
            #expect(limited.headers[.contentType] == "application/problem+json")
            #expect(Int(limited.headers[.retryAfter] ?? "") ?? 0 >= 1)
            #expect(try await api.request("/findings", key: api.regulator).status == .ok, "each key has its own allowance")

            // Without a key, per address: two answers, then 429; guessing keys spends the same allowance.
            #expect(try await api.request("/findings", key: nil).status == .unauthorized)
            #expect(try await api.request("/findings", key: "cck_0123abcd_" + String(repeating: "x", count: 43)).status == .unauthorized)
            #expect(try await api.request("/findings", key: "cck_4567abcd_" + String(repeating: "y", count: 43)).status == .tooManyRequests)
            #expect(try await api.request("/health", key: nil).status == .tooManyRequests)
        }
    }

    @Test func aBucketRefillsAtItsRate() {
        let limiter = RateLimiter()
        for _ in 0..<60 { #expect(limiter.take("a", perMinute: 60) == .allowed) }
        #expect(limiter.take("a", perMinute: 60) == .limited(retryAfter: 1))
        #expect(limiter.take("b", perMinute: 60) == .allowed)
        #expect(limiter.take("a", perMinute: 0) == .allowed, "0 turns the limit off")
    }
}
