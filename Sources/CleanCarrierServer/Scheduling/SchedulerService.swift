import CleanCarrierCore
import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO
public import ServiceLifecycle

/// Enqueues evaluations when schedules fall due and when triggers fire (new datasets, designations coming into force).
///
/// Any number may run; one leads at a time: the one holding a PostgreSQL advisory lock on a connection it keeps
/// leased. When that connection or its process dies, the lock goes with it and another scheduler takes over.
/// Time comes from `now`, so tests can move it.
public struct SchedulerService: Service {
    /// The advisory lock key only schedulers use.
    public static let lockKey: Int64 = 0x436C_6561_6E53_6368  // "CleanSch"

    public let client: PostgresClient
    /// How often the leader looks for due work (and a follower tries to lead).
    public let interval: Duration
    public let now: @Sendable () -> Date
    public let logger: Logger

    public init(client: PostgresClient, interval: Duration = .seconds(15), now: @escaping @Sendable () -> Date = { Date() }, logger: Logger) {
        self.client = client
        self.interval = interval
        self.now = now
        self.logger = logger
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                try await self.client.withConnection { connection in
                    guard try await Self.tryLead(on: connection, logger: self.logger) else { return }
                    self.logger.info("Scheduler leads")
                    while !Task.isShuttingDownGracefully && !Task.isCancelled {
                        _ = try await connection.query("SELECT 1", logger: self.logger)  // fails when the lock's connection is gone
                        do {
                            _ = try await self.tick()
                        } catch {
                            self.logger.error("Scheduling failed", metadata: ["error": "\(error)"])
                        }
                        try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
                    }
                    try? await connection.releaseAdvisoryLock(Self.lockKey, logger: self.logger)
                }
            } catch {
                self.logger.warning("Scheduler lost its connection", metadata: ["error": "\(error)"])
            }
            try? await cancelWhenGracefulShutdown { try await Task.sleep(for: self.interval) }
        }
    }

    /// Enqueues what is due now: schedule firings, then triggered evaluations (as of today in UTC).
    /// - Returns: the ids of the jobs enqueued.
    public func tick() async throws -> [Int64] {
        let now = self.now()
        let scheduled = try await ScheduleRepository(client: self.client).enqueueDue(now: now, logger: self.logger)
        let triggered = try await EvaluationTriggers(client: self.client).enqueueDue(
            today: Day(containing: now),
            logger: self.logger
        )
        if !scheduled.isEmpty || !triggered.isEmpty {
            self.logger.info("Scheduled evaluations", metadata: ["jobs.scheduled": "\(scheduled)", "jobs.triggered": "\(triggered)"])
        }
        return scheduled + triggered
    }

    /// Takes the scheduler lock on `connection` if no other session holds it.
    /// - Returns: whether this connection now leads.
    public static func tryLead(on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await connection.tryAdvisoryLock(Self.lockKey, logger: logger)
    }
}
