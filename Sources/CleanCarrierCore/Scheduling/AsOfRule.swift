import Foundation

/// Which date a scheduled evaluation is run as of, relative to the moment it fires in its schedule's time zone.
public enum AsOfRule: String, Hashable, Sendable, CaseIterable, Codable {
    /// The calendar day on which the schedule fires.
    case today
    /// The day before: for runs shortly after midnight that should cover the day just ended.
    case yesterday

    /// The as-of date for a firing at `date`, read in `timeZone`.
    public func day(for date: Date, in timeZone: TimeZone) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        let day = Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
        switch self {
        case .today: return day
        case .yesterday: return Day(daysSinceEpoch: day.daysSinceEpoch - 1)
        }
    }
}
