import Foundation

/// A standard five-field cron expression: minute, hour, day of month, month, day of week.
///
/// Each field takes `*`, a value, a range `a-b`, a step `*/n` or `a-b/n`, and comma-separated lists of these. Months take
/// `JAN`-`DEC` and days of the week `SUN`-`SAT` (0 and 7 are both Sunday). As in Vixie cron, when both the day of month
/// and the day of week are restricted (neither starts with `*`), a day matches when either does. The macros `@yearly`,
/// `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight` and `@hourly` stand for their usual expressions.
public struct CronExpression: Hashable, Sendable, CustomStringConvertible {
    /// Why an expression was refused.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var expression: String
        public var reason: String
        public var description: String { "'\(self.expression)' is not a cron expression: \(self.reason)" }
    }

    /// The expression as written.
    public let source: String
    public let minutes: Set<Int>
    public let hours: Set<Int>
    public let daysOfMonth: Set<Int>
    public let months: Set<Int>
    /// 0 = Sunday ... 6 = Saturday.
    public let daysOfWeek: Set<Int>
    /// Whether the day-of-month field was restricted (did not start with `*`).
    public let restrictsDayOfMonth: Bool
    /// Whether the day-of-week field was restricted (did not start with `*`).
    public let restrictsDayOfWeek: Bool

    public var description: String { self.source }

    private static let macros = [
        "@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *", "@weekly": "0 0 * * 0",
        "@daily": "0 0 * * *", "@midnight": "0 0 * * *", "@hourly": "0 * * * *",
    ]
    private static let monthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    private static let dayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"]

    /// Parses `text`.
    /// - Throws: `ParseError` naming the field that is wrong.
    public init(_ text: String) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let expanded = Self.macros[trimmed.lowercased()] ?? trimmed
        let fields = expanded.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard fields.count == 5 else {
            throw ParseError(expression: text, reason: "it needs five fields (minute hour day-of-month month day-of-week), not \(fields.count)")
        }
        func field(_ index: Int, _ name: String, _ range: ClosedRange<Int>, names: [String] = [], nameBase: Int = 0) throws(ParseError) -> Set<Int> {
            do {
                return try Self.values(of: fields[index], in: range, names: names, nameBase: nameBase)
            } catch {
                throw ParseError(expression: text, reason: "\(name) field '\(fields[index])': \(error.reason)")
            }
        }
        self.source = trimmed
        self.minutes = try field(0, "minute", 0...59)
        self.hours = try field(1, "hour", 0...23)
        self.daysOfMonth = try field(2, "day-of-month", 1...31)
        self.months = try field(3, "month", 1...12, names: Self.monthNames, nameBase: 1)
        self.daysOfWeek = Set(try field(4, "day-of-week", 0...7, names: Self.dayNames).map { $0 % 7 })
        self.restrictsDayOfMonth = !fields[2].hasPrefix("*")
        self.restrictsDayOfWeek = !fields[4].hasPrefix("*")
    }

    /// Whether the expression fires on the given calendar day (its month, day of month and weekday).
    public func matches(_ day: Day) -> Bool {
        let (_, month, dayOfMonth) = day.components
        guard self.months.contains(month) else { return false }
        let weekday = Int(((day.daysSinceEpoch % 7) + 11) % 7)  // 1970-01-01 was a Thursday (4)
        let domMatches = self.daysOfMonth.contains(dayOfMonth)
        let dowMatches = self.daysOfWeek.contains(weekday)
        if self.restrictsDayOfMonth && self.restrictsDayOfWeek { return domMatches || dowMatches }
        return domMatches && dowMatches
    }

    private struct FieldError: Error { var reason: String }

    private static func values(of field: String, in range: ClosedRange<Int>, names: [String], nameBase: Int) throws(FieldError) -> Set<Int> {
        var result = Set<Int>()
        for part in field.split(separator: ",", omittingEmptySubsequences: false) {
            let pieces = part.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count <= 2, !pieces[0].isEmpty else { throw FieldError(reason: "'\(part)' is malformed") }
            var step = 1
            if pieces.count == 2 {
                guard let value = Int(pieces[1]), value > 0 else { throw FieldError(reason: "step '\(pieces[1])' must be a positive number") }
                step = value
            }
            let bounds: ClosedRange<Int>
            if pieces[0] == "*" {
                bounds = range
            } else {
                let ends = pieces[0].split(separator: "-", omittingEmptySubsequences: false)
                guard ends.count <= 2 else { throw FieldError(reason: "'\(pieces[0])' is not a range") }
                let low = try Self.value(ends[0], in: range, names: names, nameBase: nameBase)
                let high =
                    try ends.count == 2
                    ? Self.value(ends[1], in: range, names: names, nameBase: nameBase) : (pieces.count == 2 ? range.upperBound : low)
                guard low <= high else { throw FieldError(reason: "range '\(pieces[0])' runs backwards") }
                bounds = low...high
            }
            result.formUnion(stride(from: bounds.lowerBound, through: bounds.upperBound, by: step))
        }
        return result
    }

    private static func value(_ text: Substring, in range: ClosedRange<Int>, names: [String], nameBase: Int) throws(FieldError) -> Int {
        if let index = names.firstIndex(of: text.uppercased()) { return index + nameBase }
        guard let value = Int(text) else { throw FieldError(reason: "'\(text)' is not a number") }
        guard range.contains(value) else { throw FieldError(reason: "\(value) is outside \(range.lowerBound)-\(range.upperBound)") }
        return value
    }
}
