public import CleanCarrierCore
public import Foundation

/// A stored cron schedule of evaluations.
public struct ScheduleRecord: Sendable, Hashable {
    public var name: String
    public var cron: String
    public var timeZone: String
    public var asOfRule: AsOfRule
    public var enabled: Bool
    public var nextRun: Date
    public var lastRun: Date?
}
