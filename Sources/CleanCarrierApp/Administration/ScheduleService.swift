public import CleanCarrierCore
public import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO

/// Cron schedules of evaluations: adding, listing and removing them, each change audited in its own transaction.
public struct ScheduleService: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private var repository: ScheduleRepository { ScheduleRepository(client: self.client) }

    /// Adds a schedule, first due at the expression's next firing after `now`.
    /// - Parameters:
    ///   - cron: a five-field cron expression or a macro such as `@daily`.
    ///   - timeZone: the IANA time zone the expression is read in.
    /// - Throws: `RequestRefusal.invalid` for a bad name, expression or time zone, `.conflict` when the name is taken.
    public func add(
        name: String,
        cron: String,
        timeZone: String = "UTC",
        asOf: AsOfRule = .today,
        now: Date = Date(),
        by actor: AuditLog.Actor,
        logger: Logger
    ) async throws -> ScheduleRecord {
        guard Self.isName(name) else {
            throw RequestRefusal.invalid(field: "name", reason: "a name is 1 to 200 characters, without slashes, whitespace or control characters")
        }
        let expression: CronExpression
        do { expression = try CronExpression(cron) } catch { throw RequestRefusal.invalid(field: "cron", reason: error.description) }
        do {
            return try await self.repository.add(
                name: name,
                cron: expression,
                timeZone: timeZone,
                asOf: asOf,
                now: now,
                auditedAs: actor,
                logger: logger
            )
        } catch let refusal as ScheduleRepository.Invalid {
            switch refusal.reason {
            case .duplicateName: throw RequestRefusal.conflict(refusal.description)
            case .unknownTimeZone: throw RequestRefusal.invalid(field: "timeZone", reason: refusal.description)
            case .neverFires: throw RequestRefusal.invalid(field: "cron", reason: refusal.description)
            }
        }
    }

    /// Every schedule, by name.
    public func list(logger: Logger) async throws -> [ScheduleRecord] { try await self.repository.list(logger: logger) }

    /// Removes schedule `name`; the jobs it queued stay queued.
    /// - Throws: `RequestRefusal.notFound` when there is none.
    public func remove(name: String, by actor: AuditLog.Actor, logger: Logger) async throws -> ScheduleRecord {
        guard !name.unicodeScalars.contains("\0"), let removed = try await self.repository.remove(name: name, auditedAs: actor, logger: logger) else {
            throw RequestRefusal.notFound("there is no schedule named '\(name)'")
        }
        return removed
    }

    /// Whether `name` can name a schedule that `DELETE /schedules/{name}` reaches: 1 to 200 characters, none of them a
    /// slash, whitespace or a control character (PostgreSQL text holds no NUL).
    private static func isName(_ name: String) -> Bool {
        (1...200).contains(name.count)
            && !name.unicodeScalars.contains { $0 == "/" || $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }
}
