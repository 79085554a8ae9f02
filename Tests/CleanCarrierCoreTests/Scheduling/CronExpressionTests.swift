import CleanCarrierCore
import Foundation
import Testing

@Suite struct CronExpressionTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let berlin = TimeZone(identifier: "Europe/Berlin")!
    static let newYork = TimeZone(identifier: "America/New_York")!

    /// `text` (ISO 8601 with offset) as a date.
    static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }

    static func next(_ cron: String, after: String, in zone: TimeZone = utc) throws -> Date? {
        try CronExpression(cron).next(after: Self.date(after), in: zone)
    }

    @Test func parsesListsRangesStepsAndNames() throws {
        let cron = try CronExpression("*/15 9-17/4 1,15 JAN-mar MON-FRI")
        #expect(cron.minutes == [0, 15, 30, 45])
        #expect(cron.hours == [9, 13, 17])
        #expect(cron.daysOfMonth == [1, 15])
        #expect(cron.months == [1, 2, 3])
        #expect(cron.daysOfWeek == [1, 2, 3, 4, 5])
        #expect(try CronExpression("0 0 * * 7").daysOfWeek == [0])
        #expect(try CronExpression("5/20 * * * *").minutes == [5, 25, 45])
        let daily = try CronExpression("@daily")
        #expect(daily.minutes == [0] && daily.hours == [0] && daily.months.count == 12 && daily.daysOfWeek.count == 7)
        #expect(!daily.restrictsDayOfMonth && !daily.restrictsDayOfWeek)
    }

    @Test(arguments: [
        ("* * * *", "five fields"), ("60 * * * *", "minute field '60': 60 is outside 0-59"), ("* 24 * * *", "hour field"),
        ("* * 0 * *", "day-of-month field"), ("* * * 13 *", "month field"), ("* * * * 8", "day-of-week field"),
        ("*/0 * * * *", "step '0'"), ("5-1 * * * *", "runs backwards"), ("a * * * *", "'a' is not a number"), ("1,,2 * * * *", "malformed"),
    ])
    func refusesMalformedFields(text: String, reason: String) {
        let error = #expect(throws: CronExpression.ParseError.self) { try CronExpression(text) }
        #expect(error?.description.contains(reason) == true, "\(String(describing: error))")
    }

    @Test func nextFiringInUTC() throws {
        #expect(try Self.next("30 2 * * *", after: "2024-06-01T02:29:59Z") == Self.date("2024-06-01T02:30:00Z"))
        #expect(try Self.next("30 2 * * *", after: "2024-06-01T02:30:00Z") == Self.date("2024-06-02T02:30:00Z"))
        #expect(try Self.next("0 0 1 * *", after: "2024-01-31T12:00:00Z") == Self.date("2024-02-01T00:00:00Z"))
        #expect(try Self.next("0 12 29 2 *", after: "2023-03-01T00:00:00Z") == Self.date("2024-02-29T12:00:00Z"))
        #expect(try Self.next("0 0 30 2 *", after: "2024-01-01T00:00:00Z") == nil)
    }

    @Test func dayOfMonthAndDayOfWeekRestrictedTogetherMatchEither() throws {
        // 2024-06-01 is a Saturday: "the 15th or any Monday" fires next on Monday 2024-06-03.
        #expect(try Self.next("0 9 15 * MON", after: "2024-06-01T00:00:00Z") == Self.date("2024-06-03T09:00:00Z"))
        // With the day of month left as '*', only Mondays match.
        #expect(try Self.next("0 9 * * MON", after: "2024-06-11T00:00:00Z") == Self.date("2024-06-17T09:00:00Z"))
    }

    @Test func readsTheScheduleInItsTimeZone() throws {
        // 02:00 in Berlin is 00:00 UTC in summer (CEST) and 01:00 UTC in winter (CET).
        #expect(try Self.next("0 2 * * *", after: "2024-06-01T12:00:00Z", in: Self.berlin) == Self.date("2024-06-02T00:00:00Z"))
        #expect(try Self.next("0 2 * * *", after: "2024-12-01T12:00:00Z", in: Self.berlin) == Self.date("2024-12-02T01:00:00Z"))
    }

    @Test func skipsLocalTimesThatDaylightSavingRemovesAndRunsRepeatedOnesOnce() throws {
        // New York skipped 02:00-02:59 on 2024-03-10: a 02:30 schedule next runs on the 11th.
        #expect(try Self.next("30 2 * * *", after: "2024-03-10T05:00:00Z", in: Self.newYork) == Self.date("2024-03-11T06:30:00Z"))
        // 01:30 happened twice on 2024-11-03 (EDT, then EST): it fires at the first only.
        let first = try #require(try Self.next("30 1 * * *", after: "2024-11-03T04:00:00Z", in: Self.newYork))
        #expect(first == Self.date("2024-11-03T05:30:00Z"))
        #expect(try CronExpression("30 1 * * *").next(after: first, in: Self.newYork) == Self.date("2024-11-04T06:30:00Z"))
    }

    @Test func firingsListEveryTimeInAWindow() throws {
        let cron = try CronExpression("0 */6 * * *")
        let firings = cron.firings(after: Self.date("2024-06-01T00:00:00Z"), through: Self.date("2024-06-02T00:00:00Z"), in: Self.utc)
        #expect(firings == ["06", "12", "18"].map { Self.date("2024-06-01T\($0):00:00Z") } + [Self.date("2024-06-02T00:00:00Z")])
    }

    @Test func asOfRuleReadsTheFiringDayInTheTimeZone() {
        let late = Self.date("2024-06-01T23:30:00Z")
        #expect(AsOfRule.today.day(for: late, in: Self.utc) == Day(iso: "2024-06-01"))
        #expect(AsOfRule.today.day(for: late, in: Self.berlin) == Day(iso: "2024-06-02"))
        #expect(AsOfRule.yesterday.day(for: late, in: Self.berlin) == Day(iso: "2024-06-01"))
    }
}
