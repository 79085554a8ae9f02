import CoreMetrics
import Prometheus

/// The server's Prometheus registry and the instruments the API records into it: request counts and latencies,
/// and import durations (evaluations run in workers, whose logs time them). Each application has its own registry (no process-wide bootstrap).
final class APIMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory

    init() {
        self.registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: self.registry)
        factory.defaultDurationHistogramBuckets = [
            .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .seconds(2.5), .seconds(5), .seconds(10), .seconds(30),
        ]
        self.factory = factory
    }

    /// Counts a finished request and records its latency.
    func recordRequest(method: String, route: String, status: Int, duration: Duration) {
        let dimensions = [("method", method), ("route", route), ("status", String(status))]
        Counter(label: "http_requests_total", dimensions: dimensions, factory: self.factory).increment()
        CoreMetrics.Timer(label: "http_request_duration_seconds", dimensions: [("method", method), ("route", route)], factory: self.factory)
            .recordNanoseconds(Self.nanoseconds(duration))
    }

    /// Records how long importing one upload took.
    func recordImport(kind: String, outcome: String, duration: Duration) {
        CoreMetrics.Timer(label: "cleancarrier_import_duration_seconds", dimensions: [("kind", kind), ("outcome", outcome)], factory: self.factory)
            .recordNanoseconds(Self.nanoseconds(duration))
    }

    /// The Prometheus text exposition of every metric.
    func exposition() -> String { self.registry.emitToString() }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
