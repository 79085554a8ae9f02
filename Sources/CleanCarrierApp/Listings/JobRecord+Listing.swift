public import CleanCarrierStore
import Foundation

extension JobRecord: TabularListing {
    public static let columns = ["id", "kind", "status", "attempts", "run_after", "payload", "last_error"]

    /// The last error cut to its first 80 characters.
    public var cells: [String] {
        [
            "\(self.id)", self.kind, self.status.rawValue, "\(self.attempts)/\(self.maxAttempts)", self.runAfter.formatted(.iso8601), self.payload,
            self.lastError.map { String($0.prefix(80)) } ?? "",
        ]
    }

    /// The job, its lease, and one line per attempt at it.
    public var detail: String {
        var lines = [
            "job \(self.id): \(self.kind) \(self.payload)",
            "status: \(self.status), attempts \(self.attempts) of \(self.maxAttempts), run after \(self.runAfter.formatted(.iso8601))",
        ]
        if let owner = self.leaseOwner, let until = self.leaseUntil { lines.append("leased to \(owner) until \(until.formatted(.iso8601))") }
        if let key = self.dedupeKey { lines.append("dedupe key: \(key)") }
        if let evaluation = self.evaluationID { lines.append("evaluation: #\(evaluation)") }
        if let error = self.lastError { lines.append("last error: \(error)") }
        for attempt in self.history {
            let end = attempt.finishedAt.map { " → \($0.formatted(.iso8601))" } ?? ""
            let error = attempt.error.map { ": \($0)" } ?? ""
            lines.append(
                "  attempt \(attempt.number) by \(attempt.worker) at \(attempt.startedAt.formatted(.iso8601))\(end) \(attempt.outcome ?? "running")\(error)"
            )
        }
        return lines.joined(separator: "\n")
    }
}
