import Foundation

extension CronExpression {
    /// The first time after `date` at which the expression fires, read in `timeZone`, or `nil` when it never fires
    /// within eight years (such as `0 0 30 2 *`).
    ///
    /// Local times that a daylight-saving change skips do not fire; a local time that occurs twice fires once, at its
    /// first occurrence.
    public func next(after date: Date, in timeZone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let start = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        guard let year = start.year, let month = start.month, let dayOfMonth = start.day,
            let startDay = Day(year: year, month: month, day: dayOfMonth)
        else { return nil }
        let startMinute = (start.hour ?? 0) * 60 + (start.minute ?? 0)
        let hours = self.hours.sorted()
        let minutes = self.minutes.sorted()
        var day = startDay
        for _ in 0..<(366 * 8) {
            defer { day = day.next }
            guard self.matches(day) else { continue }
            let (y, m, d) = day.components
            for hour in hours {
                for minute in minutes where day > startDay || hour * 60 + minute > startMinute {
                    let local = DateComponents(year: y, month: m, day: d, hour: hour, minute: minute)
                    guard let fire = calendar.date(from: local), fire > date else { continue }
                    let back = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: fire)
                    guard back.year == y, back.month == m, back.day == d, back.hour == hour, back.minute == minute else { continue }
                    return fire
                }
            }
        }
        return nil
    }

    /// Every firing time in `(after, through]`, oldest first, at most `limit` of them.
    public func firings(after start: Date, through end: Date, in timeZone: TimeZone, limit: Int = 1000) -> [Date] {
        var result: [Date] = []
        var cursor = start
        while result.count < limit, let fire = self.next(after: cursor, in: timeZone), fire <= end {
            result.append(fire)
            cursor = fire
        }
        return result
    }
}
