import CleanCarrierAPI
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import OpenAPIRuntime

extension APIImplementation {
    func listSchedules(_ input: Operations.ListSchedules.Input) async throws -> Operations.ListSchedules.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let schedules = try await self.schedules.list(logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(items: schedules.map { .init($0) }))))
    }

    func createSchedule(_ input: Operations.CreateSchedule.Input) async throws -> Operations.CreateSchedule.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the schedule as application/json") }
        guard Self.isScheduleName(body.name) else {
            throw ProblemDetails.invalidField("name", "a name is 1 to 200 characters, without slashes, whitespace or control characters")
        }
        let cron: CronExpression
        do { cron = try CronExpression(body.cron) } catch { throw ProblemDetails.invalidField("cron", error.description) }
        let zone = body.timeZone ?? "UTC"
        let rule = AsOfRule(rawValue: body.asOf?.rawValue ?? AsOfRule.today.rawValue) ?? .today
        let schedule: ScheduleRecord
        do {
            schedule = try await self.schedules.add(
                name: body.name, cron: cron, timeZone: zone, asOf: rule, now: Date(), auditedAs: Self.actor(key), logger: AppRequestContext.logger)
        } catch let refusal as ScheduleRepository.Invalid {
            switch refusal.reason {
            case .duplicateName: throw ProblemDetails.conflict(refusal.description)
            case .unknownTimeZone: throw ProblemDetails.invalidField("timeZone", refusal.description)
            case .neverFires: throw ProblemDetails.invalidField("cron", refusal.description)
            }
        }
        return .created(.init(body: .json(.init(schedule))))
    }

    func deleteSchedule(_ input: Operations.DeleteSchedule.Input) async throws -> Operations.DeleteSchedule.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        let name = input.path.name
        guard !name.unicodeScalars.contains("\0"),
            let schedule = try await self.schedules.remove(name: name, auditedAs: Self.actor(key), logger: AppRequestContext.logger)
        else {
            throw ProblemDetails.notFound("there is no schedule named '\(name)'")
        }
        return .ok(.init(body: .json(.init(schedule))))
    }

    func listJobs(_ input: Operations.ListJobs.Input) async throws -> Operations.ListJobs.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let limit = try PageCursor.limit(input.query.limit)
        let jobs = try await self.jobs.list(status: input.query.status.flatMap { JobStatus(rawValue: $0.rawValue) }, limit: limit, logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(items: try jobs.map { try .init($0) }))))
    }

    func getJob(_ input: Operations.GetJob.Input) async throws -> Operations.GetJob.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let id = input.path.jobId
        guard let job = try await self.jobs.record(id: id, logger: AppRequestContext.logger) else { throw ProblemDetails.notFound("there is no job \(id)") }
        var answer = try Components.Schemas.Job(job)
        answer.history = job.history.map {
            .init(number: $0.number, worker: $0.worker, startedAt: $0.startedAt, finishedAt: $0.finishedAt, outcome: $0.outcome, error: $0.error)
        }
        return .ok(.init(body: .json(answer)))
    }

    /// Whether `name` can name a schedule that `DELETE /schedules/{name}` reaches: 1 to 200 characters, none of them a
    /// slash, whitespace or a control character (PostgreSQL text holds no NUL).
    private static func isScheduleName(_ name: String) -> Bool {
        (1...200).contains(name.count)
            && !name.unicodeScalars.contains { $0 == "/" || $0.properties.isWhitespace || $0.properties.generalCategory == .control }
    }
}

extension Components.Schemas.Schedule {
    init(_ record: ScheduleRecord) {
        self.init(
            name: record.name, cron: record.cron, timeZone: record.timeZone, asOf: .init(rawValue: record.asOfRule.rawValue) ?? .today,
            enabled: record.enabled, nextRun: record.nextRun, lastRun: record.lastRun)
    }
}

extension Components.Schemas.Job {
    /// The job without its attempt history.
    init(_ record: JobRecord) throws {
        self.init(
            id: record.id, kind: record.kind, payload: try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(record.payload.utf8)),
            status: Components.Schemas.JobStatus(record.status), attempts: record.attempts, maxAttempts: record.maxAttempts, runAfter: record.runAfter,
            leaseOwner: record.leaseOwner, leaseUntil: record.leaseUntil, lastError: record.lastError, dedupeKey: record.dedupeKey,
            evaluationId: record.evaluationID, createdAt: record.createdAt, updatedAt: record.updatedAt)
    }
}

extension Components.Schemas.JobStatus {
    /// The API's name for a job status (the same four values).
    init(_ status: JobStatus) {
        switch status {
        case .queued: self = .queued
        case .running: self = .running
        case .succeeded: self = .succeeded
        case .failed: self = .failed
        }
    }
}
