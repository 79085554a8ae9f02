import CleanCarrierCore
public import CleanCarrierStore
import Foundation

extension ScheduleRecord: TabularListing {
    public static let columns = ["name", "cron", "time_zone", "as_of", "enabled", "next_run", "last_run"]

    public var cells: [String] {
        [
            self.name, self.cron, self.timeZone, self.asOfRule.rawValue, "\(self.enabled)", self.nextRun.formatted(.iso8601),
            self.lastRun?.formatted(.iso8601) ?? "-",
        ]
    }

    /// One line on the schedule and when it runs next.
    public var summary: String { "schedule \(self.name): '\(self.cron)' in \(self.timeZone), next run \(self.nextRun.formatted(.iso8601))" }
}
