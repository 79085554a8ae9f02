public import CleanCarrierStore
import Foundation
public import Logging
import PostgresNIO
public import ServiceLifecycle

/// A worker: claims jobs one at a time, runs them under a heartbeated lease, and commits each job's effects with its
/// completion. Idle, it waits on LISTEN/NOTIFY, with a slow poll as a fallback and a wake-up when a retry or an
/// expired lease falls due.
///
/// On graceful shutdown it stops claiming and finishes the job in hand; if it is cancelled while running one, it gives
/// the job back to the queue.
public struct JobWorker: Service {
    public let queue: JobQueue
    public let handlers: [String: any JobHandler]
    /// The lease owner name, unique per worker: `host:pid:random`.
    public let name: String
    /// The longest an idle worker waits without a notification before it looks at the queue again.
    public let pollInterval: Duration
    /// The longest a job may run: past it, the worker stops renewing the lease and gives the job up as stuck (a query
    /// on a connection the server dropped may never return, while heartbeats on other connections still succeed).
    public let maximumJobTime: Duration
    /// What to do with a stuck job: see ``StuckJobPolicy``.
    public let stuckJobPolicy: StuckJobPolicy
    public let logger: Logger

    public init(
        queue: JobQueue,
        handlers: [any JobHandler],
        name: String? = nil,
        pollInterval: Duration = .seconds(30),
        maximumJobTime: Duration = .seconds(900),
        stuckJobPolicy: StuckJobPolicy = .log,
        logger: Logger
    ) {
        self.queue = queue
        self.handlers = Dictionary(handlers.map { ($0.kind, $0) }, uniquingKeysWith: { _, last in last })
        self.name = name ?? Self.defaultName()
        self.pollInterval = pollInterval
        self.maximumJobTime = maximumJobTime
        self.stuckJobPolicy = stuckJobPolicy
        var logger = logger
        logger[metadataKey: "worker"] = "\(self.name)"
        self.logger = logger
    }

    public func run() async throws {
        let wake = WakeSignal()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.listen(wake: wake) }
            self.logger.info("Worker started")
            while !Task.isShuttingDownGracefully && !Task.isCancelled {
                if await self.runNext() { continue }
                // A job due now that could not be claimed is locked by a worker committing it: look again shortly, not in a spin.
                let due = (try? await self.queue.nextDue(logger: self.logger)) ?? nil
                let wait = min(self.pollInterval, max(due ?? self.pollInterval, .milliseconds(50)))
                await cancelWhenGracefulShutdown { await wake.wait(timeout: wait) }
            }
            group.cancelAll()
        }
        self.logger.info("Worker stopped")
    }

    /// Claims and runs one job.
    /// - Returns: whether a job was claimed (or the database failed, so the caller should not wait long).
    public func runNext() async -> Bool {
        let job: Job
        do {
            guard let claimed = try await self.queue.claim(owner: self.name, logger: self.logger) else { return false }
            job = claimed
        } catch {
            self.logger.warning("Claiming failed", metadata: ["error": "\(error)"])
            try? await Task.sleep(for: .seconds(1))
            return true
        }
        var logger = self.logger
        logger[metadataKey: "job.id"] = "\(job.id)"
        logger[metadataKey: "job.kind"] = "\(job.kind)"
        logger[metadataKey: "job.attempt"] = "\(job.attempt)"
        if job.attempt > job.maxAttempts {
            await self.fail(job, error: "its worker stopped (lease expired) on the last attempt", logger: logger)
            return true
        }
        logger.info("Job claimed")
        do {
            try await self.runUnderLease(job, logger: logger)
            logger.info("Job succeeded")
        } catch is CancellationError {
            await self.release(job, logger: logger)
        } catch let error as Job.LeaseLost {
            logger.warning("Job lost to another worker", metadata: ["error": "\(error)"])
        } catch {
            if Task.isCancelled {
                await self.release(job, logger: logger)
            } else {
                await self.fail(job, error: "\(error)", logger: logger)
            }
        }
        return true
    }

    private func runUnderLease(_ job: Job, logger: Logger) async throws {
        guard let handler = self.handlers[job.kind] else { throw UnknownKind(kind: job.kind) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                while true {
                    try await Task.sleep(for: self.queue.lease / 3)
                    do {
                        if try await !self.queue.heartbeat(job, owner: self.name, logger: logger) {
                            logger.warning("Lease lost while running")
                            return
                        }
                    } catch {
                        logger.warning("Heartbeat failed", metadata: ["error": "\(error)"])
                    }
                }
            }
            // A watchdog apart from the heartbeat, which may itself wait on a lock the stuck job holds.
            group.addTask {
                try await Task.sleep(for: self.maximumJobTime)
                self.giveUp(job, reason: "it has run longer than the maximum job time (\(self.maximumJobTime))", logger: logger)
            }
            let effects = try await handler.perform(job, logger: logger)
            try await self.queue.complete(job, owner: self.name, logger: logger, effects: effects)
            group.cancelAll()
        }
    }

    /// The job ran past the maximum job time: it is given up as stuck.
    private func giveUp(_ job: Job, reason: String, logger: Logger) {
        switch self.stuckJobPolicy {
        case .log:
            logger.critical("Job stuck: \(reason)")
        case .exitProcess(let status):
            logger.critical("Job stuck: \(reason); exiting (status \(status)) for a fresh worker")
            exit(status)
        }
    }

    private func fail(_ job: Job, error: String, logger: Logger) async {
        do {
            switch try await self.queue.fail(job, owner: self.name, error: error, logger: logger) {
            case .retrying(let delay): logger.warning("Job failed, will retry", metadata: ["error": "\(error)", "retry.after": "\(delay)"])
            case .parked: logger.error("Job failed and parked", metadata: ["error": "\(error)"])
            case .leaseLost: logger.warning("Job failed after its lease was lost", metadata: ["error": "\(error)"])
            }
        } catch {
            logger.error("Recording a failure failed; the lease will expire", metadata: ["error": "\(error)"])
        }
    }

    /// Gives the job back from a task that is not cancelled, so the query still runs.
    private func release(_ job: Job, logger: Logger) async {
        let queue = self.queue
        let name = self.name
        let released: Void? = await Task { try? await queue.release(job, owner: name, logger: logger) }.value
        logger.notice(released == nil ? "Releasing the job failed; its lease will expire" : "Job released")
    }

    /// No handler knows the job's kind.
    struct UnknownKind: Error, CustomStringConvertible {
        var kind: String
        var description: String { "no handler for job kind '\(self.kind)'" }
    }

    static func defaultName() -> String {
        "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(6).lowercased())"
    }
}
