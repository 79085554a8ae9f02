import Foundation

/// When in the week a voice route is used: days of the week and a time of day, in a time zone, the way `drouting`
/// rules carry a time recurrence.
///
/// Written `[DAYS ]HH:MM-HH:MM[ ZONE]`, e.g. `Mon-Fri 08:00-18:00 America/New_York`, `Sat,Sun 00:00-24:00` or
/// `22:00-06:00 UTC`. Days are `Mon` … `Sun`, single or as ranges (`Fri-Mon` wraps), comma-separated; absent means
/// every day. The window is half-open, `[start, end)`; an end at or before the start runs past midnight into the
/// next day, and the days name the day the window starts on. The zone is an IANA name (default `UTC`).
public struct TimeWindow: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The days the window starts on: bit 0 is Monday, bit 6 Sunday.
    public let days: UInt8
    /// Minutes after midnight the window opens (0 to 1439).
    public let start: Int
    /// Minutes after midnight the window closes (1 to 1440); at or before `start` it closes the next day.
    public let end: Int
    /// The IANA time zone the times are in.
    public let zone: String

    private static let dayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Parses a window.
    /// - Parameter text: the window as written in a route table.
    /// - Throws: ``ParseError`` saying what is wrong.
    public init(parsing text: some StringProtocol) throws(ParseError) {
        var tokens = Substring(text).split(whereSeparator: \.isWhitespace)
        guard !tokens.isEmpty, tokens.count <= 3 else { throw ParseError("expected '[DAYS ]HH:MM-HH:MM[ ZONE]'") }
        var days: UInt8 = 0b111_1111
        if let first = tokens.first?.first, !first.isNumber {
            days = try Self.days(tokens.removeFirst())
        }
        guard let times = tokens.first else { throw ParseError("a time of day 'HH:MM-HH:MM' is missing") }
        tokens.removeFirst()
        let bounds = times.split(separator: "-", omittingEmptySubsequences: false)
        guard bounds.count == 2, let start = Self.minutes(bounds[0]), let end = Self.minutes(bounds[1]), start < 1440, end > 0 else {
            throw ParseError("'\(times)' is not a time of day 'HH:MM-HH:MM' (00:00 to 24:00)")
        }
        guard start != end else { throw ParseError("'\(times)' is empty (write 00:00-24:00 for the whole day)") }
        let zone = tokens.first.map(String.init) ?? "UTC"
        guard TimeZone(identifier: zone) != nil else { throw ParseError("'\(zone)' is not a time zone (an IANA name such as Europe/Paris)") }
        self.days = days
        self.start = start
        self.end = end
        self.zone = zone
    }

    /// Whether the route is used at `instant`.
    public func contains(_ instant: Date) -> Bool {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: self.zone) ?? .gmt
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: instant)
        // Calendar weekdays run 1 (Sunday) to 7 (Saturday); ours run 0 (Monday) to 6 (Sunday).
        let day = ((parts.weekday ?? 1) + 5) % 7
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        func starts(on day: Int) -> Bool { self.days & (1 << UInt8(day)) != 0 }
        if self.start < self.end { return starts(on: day) && minute >= self.start && minute < self.end }
        return (starts(on: day) && minute >= self.start) || (starts(on: (day + 6) % 7) && minute < self.end)
    }

    /// The canonical text: days as ranges (omitted when every day), times, zone.
    public var description: String {
        var parts: [String] = []
        if self.days != 0b111_1111 {
            var runs: [String] = []
            var day = 0
            while day < 7 {
                guard self.days & (1 << UInt8(day)) != 0 else {
                    day += 1
                    continue
                }
                var last = day
                while last + 1 < 7, self.days & (1 << UInt8(last + 1)) != 0 { last += 1 }
                runs.append(last == day ? Self.label(day) : "\(Self.label(day))-\(Self.label(last))")
                day = last + 1
            }
            parts.append(runs.joined(separator: ","))
        }
        parts.append("\(Self.clock(self.start))-\(Self.clock(self.end))")
        parts.append(self.zone)
        return parts.joined(separator: " ")
    }

    /// Why a window could not be read.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    private static func days(_ text: Substring) throws(ParseError) -> UInt8 {
        var mask: UInt8 = 0
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            let indexes = ends.map { Self.dayNames.firstIndex(of: $0.lowercased()) }
            guard (1...2).contains(ends.count), let first = indexes.first ?? nil, let last = indexes.last ?? nil else {
                throw ParseError("'\(item)' is not a day or range of days (Mon, Tue, Wed, Thu, Fri, Sat, Sun; e.g. Mon-Fri)")
            }
            var day = first
            while true {
                mask |= 1 << UInt8(day)
                if day == last { break }
                day = (day + 1) % 7
            }
        }
        return mask
    }

    private static func minutes(_ text: Substring) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0...24).contains(hour), (0...59).contains(minute), hour < 24 || minute == 0
        else { return nil }
        return hour * 60 + minute
    }

    private static func label(_ day: Int) -> String { Self.dayNames[day].prefix(1).uppercased() + Self.dayNames[day].dropFirst() }

    private static func clock(_ minutes: Int) -> String {
        let hour = minutes / 60
        let minute = minutes % 60
        return (hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)"
    }
}
