import CleanCarrierAPI
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import OpenAPIRuntime

extension APIImplementation {
    func listSchedules(_ input: Operations.ListSchedules.Input) async throws -> Operations.ListSchedules.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let schedules = try await self.services.schedules.list(logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(items: schedules.map { .init($0) }))))
    }

    func createSchedule(_ input: Operations.CreateSchedule.Input) async throws -> Operations.CreateSchedule.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        guard case .json(let body) = input.body else { throw ProblemDetails.badRequest("send the schedule as application/json") }
        let schedule = try await self.services.schedules.add(
            name: body.name,
            cron: body.cron,
            timeZone: body.timeZone ?? "UTC",
            asOf: body.asOf.map(AsOfRule.init) ?? .today,
            by: Self.actor(key),
            logger: AppRequestContext.logger
        )
        return .created(.init(body: .json(.init(schedule))))
    }

    func deleteSchedule(_ input: Operations.DeleteSchedule.Input) async throws -> Operations.DeleteSchedule.Output {
        let key = try AppRequestContext.key(allowing: [.regulator])
        let schedule = try await self.services.schedules.remove(name: input.path.name, by: Self.actor(key), logger: AppRequestContext.logger)
        return .ok(.init(body: .json(.init(schedule))))
    }

    func listJobs(_ input: Operations.ListJobs.Input) async throws -> Operations.ListJobs.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let limit = try PageCursor.limit(input.query.limit)
        let jobs = try await self.services.jobs.list(
            status: input.query.status.map(JobStatus.init),
            limit: limit,
            logger: AppRequestContext.logger
        )
        return .ok(.init(body: .json(.init(items: try jobs.map { try .init($0) }))))
    }

    func getJob(_ input: Operations.GetJob.Input) async throws -> Operations.GetJob.Output {
        _ = try AppRequestContext.key(allowing: [.regulator])
        let job = try await self.services.jobs.job(id: input.path.jobId, logger: AppRequestContext.logger)
        var answer = try Components.Schemas.Job(job)
        answer.history = job.history.map {
            .init(number: $0.number, worker: $0.worker, startedAt: $0.startedAt, finishedAt: $0.finishedAt, outcome: $0.outcome, error: $0.error)
        }
        return .ok(.init(body: .json(answer)))
    }
}

extension Components.Schemas.Schedule {
    init(_ record: ScheduleRecord) {
        self.init(
            name: record.name,
            cron: record.cron,
            timeZone: record.timeZone,
            asOf: .init(record.asOfRule),
            enabled: record.enabled,
            nextRun: record.nextRun,
            lastRun: record.lastRun
        )
    }
}

extension Components.Schemas.Job {
    /// The job without its attempt history.
    init(_ record: JobRecord) throws {
        self.init(
            id: record.id,
            kind: record.kind,
            payload: try JSONDecoder().decode(OpenAPIObjectContainer.self, from: Data(record.payload.utf8)),
            status: Components.Schemas.JobStatus(record.status),
            attempts: record.attempts,
            maxAttempts: record.maxAttempts,
            runAfter: record.runAfter,
            leaseOwner: record.leaseOwner,
            leaseUntil: record.leaseUntil,
            lastError: record.lastError,
            dedupeKey: record.dedupeKey,
            evaluationId: record.evaluationID,
            createdAt: record.createdAt,
            updatedAt: record.updatedAt
        )
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
