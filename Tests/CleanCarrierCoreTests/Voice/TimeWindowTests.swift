import CleanCarrierCore
import Foundation
import Testing

/// Time windows of voice routes: parsing, canonical text, and which instants they hold (wrapping, zones).
@Suite struct TimeWindowTests {
    static func instant(_ text: String) throws -> Date { try Date(text, strategy: .iso8601) }

    @Test func parsesDaysRangesAndZonesIntoCanonicalText() throws {
        #expect(try TimeWindow(parsing: "mon-fri 08:00-18:00 America/New_York").description == "Mon-Fri 08:00-18:00 America/New_York")
        #expect(try TimeWindow(parsing: "Sat,Sun 00:00-24:00").description == "Sat-Sun 00:00-24:00 UTC")
        #expect(try TimeWindow(parsing: "Fri-Mon 20:00-02:00").description == "Mon,Fri-Sun 20:00-02:00 UTC")
        #expect(try TimeWindow(parsing: "22:30-06:00 UTC").description == "22:30-06:00 UTC")
    }

    @Test func refusesWhatIsNotAWindowAndSaysWhy() {
        func reason(_ text: String) -> String {
            do {
                _ = try TimeWindow(parsing: text)
                return ""
            } catch { return error.description }
        }
        #expect(reason("").contains("expected '[DAYS ]HH:MM-HH:MM[ ZONE]'"))
        #expect(reason("Mon-Fry 08:00-18:00").contains("'Mon-Fry' is not a day or range of days"))
        #expect(reason("Mon 8:00-18:00").contains("'8:00-18:00' is not a time of day"))
        #expect(reason("Mon 08:00-24:30").contains("is not a time of day"))
        #expect(reason("09:00-09:00").contains("is empty"))
        #expect(reason("Mon").contains("a time of day 'HH:MM-HH:MM' is missing"))
        #expect(reason("08:00-18:00 Mars/Olympus").contains("'Mars/Olympus' is not a time zone"))
    }

    @Test func holdsInstantsInItsOwnZone() throws {
        let office = try TimeWindow(parsing: "Mon-Fri 08:00-18:00 America/New_York")
        // 2024-06-03 is a Monday; New York is UTC-4 in June.
        #expect(office.contains(try Self.instant("2024-06-03T12:00:00Z")))  // 08:00 in New York
        #expect(!office.contains(try Self.instant("2024-06-03T11:59:00Z")))  // 07:59
        #expect(!office.contains(try Self.instant("2024-06-03T22:00:00Z")))  // 18:00, the window is half-open
        #expect(!office.contains(try Self.instant("2024-06-08T14:00:00Z")))  // Saturday
    }

    @Test func aWindowPastMidnightBelongsToTheDayItStarts() throws {
        let night = try TimeWindow(parsing: "Fri 22:00-06:00")
        #expect(night.contains(try Self.instant("2024-06-07T23:00:00Z")))  // Friday night
        #expect(night.contains(try Self.instant("2024-06-08T05:59:00Z")))  // Saturday early morning, same window
        #expect(!night.contains(try Self.instant("2024-06-08T22:30:00Z")))  // Saturday night: not a Friday
        #expect(!night.contains(try Self.instant("2024-06-07T05:00:00Z")))  // Friday early morning belongs to Thursday
    }

    @Test func routesAreReadWithWindowsAndChosenByInstant() throws {
        let routes = try VoiceRouteReader.readCSV(
            """
            carrier,prefix,next_hop,priority,weight,valid_from,valid_to,time_window
            att,86,tata-communications-america,1,100,,,
            att,86,china-telecom-americas,1,200,,,Sat-Sun 00:00-24:00 UTC
            att,86,china-telecom-americas,2,100,,,Mon-Fri 00:00-24:00 UTC
            """,
            file: "r.csv"
        )
        #expect(routes.map { $0.window?.description } == [nil, "Sat-Sun 00:00-24:00 UTC", "Mon-Fri 00:00-24:00 UTC"])
        let saturday = VoiceRouteTable(routes, at: try Self.instant("2024-06-08T10:00:00Z"))
        #expect(saturday.nextHops(from: "att", toDigits: "8613").map(\.nextHop) == ["china-telecom-americas", "tata-communications-america"])
        let monday = VoiceRouteTable(routes, at: try Self.instant("2024-06-10T10:00:00Z"))
        #expect(monday.nextHops(from: "att", toDigits: "8613").map(\.priority) == [1, 2])
        #expect(VoiceRouteTable(routes).nextHops(from: "att", toDigits: "8613").count == 3)
    }

    @Test func aBadWindowIsNamedWithItsLineAndAnOverlappingRepeatIsRefused() {
        let found = VoiceRouteReaderTests.errors(
            """
            carrier,prefix,next_hop,priority,weight,time_window
            att,86,bics,1,1,Mon-Fri 25:00-26:00
            att,86,tata,1,1,Mon-Fri 08:00-18:00
            att,86,tata,2,1,Mon-Fri 08:00-18:00
            att,86,tata,3,1,Sat 08:00-18:00
            att,86,tata,4,1,
            """
        )
        #expect(found.map(\.line) == [2, 4, 6])
        #expect(found.map(\.field) == ["time_window", "next_hop", "next_hop"])
        #expect(found.first?.description.contains("'25:00-26:00' is not a time of day") == true)
    }
}
