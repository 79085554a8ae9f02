public import CleanCarrierCore
public import Foundation
public import Logging
public import PostgresNIO

/// Stores cron schedules and turns their due firings into evaluation jobs.
public struct ScheduleRepository: Sendable {
    /// Why a schedule was refused.
    public struct Invalid: Error, CustomStringConvertible {
        /// What was wrong.
        public enum Reason: Sendable, Hashable {
            case duplicateName, unknownTimeZone, neverFires
        }

        public var reason: Reason
        public var description: String
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Adds a schedule, first due at the cron expression's next firing after `now`.
    /// - Parameter actor: who the `schedule.create` audit event, written in the same transaction, names.
    /// - Throws: `Invalid` when the name is taken, the time zone is unknown or the expression never fires.
    public func add(
        name: String,
        cron: CronExpression,
        timeZone: String,
        asOf: AsOfRule,
        now: Date,
        auditedAs actor: AuditLog.Actor? = nil,
        logger: Logger
    ) async throws -> ScheduleRecord {
        guard let zone = TimeZone(identifier: timeZone) else {
            throw Invalid(reason: .unknownTimeZone, description: "'\(timeZone)' is not a known time zone")
        }
        guard let next = cron.next(after: now, in: zone) else { throw Invalid(reason: .neverFires, description: "'\(cron)' never fires") }
        let added = try await self.client.withTransaction(logger: logger) { connection -> ScheduleRecord? in
            let rows = try await connection.query(
                """
                INSERT INTO schedules (name, cron, time_zone, as_of_rule, next_run) VALUES (\(name), \(cron.source), \(timeZone), \(asOf.rawValue), \(next))
                ON CONFLICT (name) DO NOTHING RETURNING name
                """,
                logger: logger
            )
            for try await _ in rows {
                let record = ScheduleRecord(
                    name: name,
                    cron: cron.source,
                    timeZone: timeZone,
                    asOfRule: asOf,
                    enabled: true,
                    nextRun: next,
                    lastRun: nil
                )
                if let actor {
                    var entry = Self.audit(actor, action: "schedule.create", record)
                    entry.details["next_run"] = next.formatted(.iso8601)
                    try await entry.write(on: connection, logger: logger)
                }
                return record
            }
            return nil
        }
        guard let added else { throw Invalid(reason: .duplicateName, description: "a schedule named '\(name)' exists already") }
        return added
    }

    /// Every schedule, by name.
    public func list(logger: Logger) async throws -> [ScheduleRecord] {
        let rows = try await self.client.query("SELECT \(unescaped: Self.columns) FROM schedules ORDER BY name", logger: logger)
        var records: [ScheduleRecord] = []
        for try await row in rows.decode(Row.self) { records.append(Self.record(row)) }
        return records
    }

    /// Removes schedule `name`.
    /// - Returns: the removed schedule, or `nil` when there was none.
    /// - Parameter actor: who the `schedule.delete` audit event, written in the same transaction, names.
    public func remove(name: String, auditedAs actor: AuditLog.Actor? = nil, logger: Logger) async throws -> ScheduleRecord? {
        try await self.client.withTransaction(logger: logger) { connection -> ScheduleRecord? in
            let rows = try await connection.query("DELETE FROM schedules WHERE name = \(name) RETURNING \(unescaped: Self.columns)", logger: logger)
            for try await row in rows.decode(Row.self) {
                let record = Self.record(row)
                if let actor { try await Self.audit(actor, action: "schedule.delete", record).write(on: connection, logger: logger) }
                return record
            }
            return nil
        }
    }

    private static func audit(_ actor: AuditLog.Actor, action: String, _ record: ScheduleRecord) -> AuditEntry {
        AuditEntry(
            actor,
            action: action,
            target: "schedule:\(record.name)",
            details: ["cron": record.cron, "time_zone": record.timeZone, "as_of": record.asOfRule.rawValue]
        )
    }

    private static let columns = "name, cron, time_zone, as_of_rule, enabled, next_run, last_run"
    private typealias Row = (String, String, String, AsOfRule, Bool, Date, Date?)

    private static func record(_ row: Row) -> ScheduleRecord {
        let (name, cron, zone, rule, enabled, next, last) = row
        return ScheduleRecord(
            name: name,
            cron: cron,
            timeZone: zone,
            asOfRule: rule,
            enabled: enabled,
            nextRun: next,
            lastRun: last
        )
    }

    /// Enqueues one evaluation job per schedule that is due at `now`, and moves each schedule to its next firing.
    ///
    /// A schedule that missed several firings (no scheduler ran) runs once, for the latest. Each job's dedupe key names
    /// the schedule and the firing, so two schedulers can never enqueue the same firing twice.
    /// - Returns: the ids of the jobs enqueued.
    public func enqueueDue(now: Date, logger: Logger) async throws -> [Int64] {
        try await self.client.withTransaction(logger: logger) { connection in
            let rows = try await connection.query(
                "SELECT name, cron, time_zone, as_of_rule, next_run FROM schedules WHERE enabled AND next_run <= \(now) FOR UPDATE SKIP LOCKED",
                logger: logger
            )
            var due: [(String, String, String, AsOfRule, Date)] = []
            for try await row in rows.decode((String, String, String, AsOfRule, Date).self) { due.append(row) }
            var jobs: [Int64] = []
            for (name, text, zoneName, rule, nextRun) in due {
                guard let cron = try? CronExpression(text), let zone = TimeZone(identifier: zoneName) else {
                    logger.error("Schedule disabled: unreadable", metadata: ["schedule.name": "\(name)", "schedule.cron": "\(text)"])
                    try await connection.query("UPDATE schedules SET enabled = false WHERE name = \(name)", logger: logger)
                    continue
                }
                let fire = cron.firings(after: nextRun, through: now, in: zone).last ?? nextRun
                let payload = EvaluationJobPayload(asOf: rule.day(for: fire, in: zone), trigger: "schedule:\(name)")
                let key = "schedule:\(name):\(Int64(fire.timeIntervalSince1970))"
                if let id = try await JobQueue.enqueue(
                    kind: EvaluationJobPayload.kind,
                    payload: payload,
                    dedupeKey: key,
                    on: connection,
                    logger: logger
                ) {
                    jobs.append(id)
                }
                let next = cron.next(after: now, in: zone)
                try await connection.query(
                    "UPDATE schedules SET last_run = \(fire), next_run = \(next ?? now), enabled = \(next != nil) WHERE name = \(name)",
                    logger: logger
                )
            }
            return jobs
        }
    }
}
