import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Turns an evaluation's compliance status changes into webhook deliveries: violations that are new since the previous
/// evaluation, and findings of the previous evaluation that are gone (resolved).
public enum StatusChangeNotifier {
    /// The event name of a status change, sent as `X-CleanCarrier-Event` and in the body.
    public static let event = "compliance.status-changed"

    /// The JSON body of a status change notification.
    public struct Body: Codable, Sendable, Hashable {
        /// A finding as a notification names it.
        public struct Change: Codable, Sendable, Hashable {
            public var fingerprint: String
            public var rule: String
            public var severity: String
            public var subject: String
            public var counterpart: String
            public var summary: String
        }

        public var event: String
        public var evaluationID: Int64
        public var asOf: String
        public var trigger: String
        public var previousEvaluationID: Int64?
        public var newViolations: [Change]
        public var resolved: [Change]
    }

    /// Writes one pending delivery per enabled webhook, and a delivery job for each, when evaluation `id` changed the
    /// compliance status. Runs in the caller's transaction; doing it twice for one evaluation adds nothing.
    /// - Returns: the ids of the delivery jobs enqueued.
    public static func enqueueDeliveries(evaluation id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> [Int64] {
        // With no receiver there is nothing to compare for: a whole-graph evaluation holds about 90,000 findings.
        let receivers = try await connection.query("SELECT count(*)::int FROM webhooks WHERE enabled", logger: logger)
            .requiredRow(Int.self, statement: "SELECT count(*) FROM webhooks")
        guard receivers > 0, let body = try await Self.body(evaluation: id, on: connection, logger: logger) else { return [] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(body), as: UTF8.self)
        let rows = try await connection.query(
            """
            INSERT INTO webhook_deliveries (webhook_id, evaluation_id, event, body)
            SELECT id, \(id), \(Self.event), \(json) FROM webhooks WHERE enabled ORDER BY id
            ON CONFLICT (webhook_id, evaluation_id) DO NOTHING RETURNING id
            """,
            logger: logger
        )
        var deliveries: [Int64] = []
        for try await delivery in rows.decode(Int64.self) { deliveries.append(delivery) }
        var jobs: [Int64] = []
        for delivery in deliveries {
            if let job = try await JobQueue.enqueue(
                kind: WebhookDeliveryPayload.kind,
                payload: WebhookDeliveryPayload(deliveryID: delivery),
                maxAttempts: 8,
                dedupeKey: "delivery:\(delivery)",
                on: connection,
                logger: logger
            ) {
                jobs.append(job)
            }
        }
        return jobs
    }

    /// The status changes of evaluation `id` against the previous successful one, or `nil` when there are none.
    public static func body(evaluation id: Int64, on connection: PostgresConnection, logger: Logger) async throws -> Body? {
        var header: (String, String, Int64?)?
        for try await row in try await connection.query(
            """
            SELECT as_of::text, trigger, (SELECT max(id) FROM evaluations WHERE status = 'succeeded' AND id < \(id)) FROM evaluations WHERE id = \(id)
            """,
            logger: logger
        ).decode((String, String, Int64?).self) {
            header = row
        }
        guard let header else { return nil }
        let (asOf, trigger, previous) = header
        let diff = FindingDiff(
            previous: try await Self.fingerprints(of: previous, on: connection, logger: logger),
            current: try await Self.fingerprints(of: id, on: connection, logger: logger)
        )
        let added = try await Self.changes(in: id, among: diff.new, on: connection, logger: logger).filter {
            $0.severity == Finding.Severity.violation.rawValue
        }
        let resolved = try await Self.changes(in: previous, among: diff.resolved, on: connection, logger: logger)
        guard !added.isEmpty || !resolved.isEmpty else { return nil }
        return Body(
            event: Self.event,
            evaluationID: id,
            asOf: asOf,
            trigger: trigger,
            previousEvaluationID: previous,
            newViolations: added,
            resolved: resolved
        )
    }

    private static func fingerprints(of evaluation: Int64?, on connection: PostgresConnection, logger: Logger) async throws -> [String] {
        guard let evaluation else { return [] }
        var prints: [String] = []
        for try await fingerprint in try await connection.query(
            "SELECT fingerprint FROM findings WHERE evaluation_id = \(evaluation)",
            logger: logger
        ).decode(String.self) {
            prints.append(fingerprint)
        }
        return prints
    }

    /// The findings of `evaluation` among `fingerprints`, by fingerprint.
    private static func changes(
        in evaluation: Int64?,
        among fingerprints: Set<String>,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> [Body.Change] {
        guard let evaluation, !fingerprints.isEmpty else { return [] }
        var changes: [Body.Change] = []
        for try await (fingerprint, rule, severity, subject, counterpart, summary) in try await connection.query(
            """
            SELECT fingerprint, rule, severity, subject, counterpart, summary FROM findings
            WHERE evaluation_id = \(evaluation) AND fingerprint = ANY(\(Array(fingerprints))) ORDER BY fingerprint
            """,
            logger: logger
        ).decode((String, String, String, String, String, String).self) {
            changes.append(
                Body.Change(fingerprint: fingerprint, rule: rule, severity: severity, subject: subject, counterpart: counterpart, summary: summary)
            )
        }
        return changes
    }
}
