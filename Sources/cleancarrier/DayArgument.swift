import ArgumentParser
import CleanCarrierCore
import Foundation

/// Today, and instants given on the command line.
enum DayArgument {
    /// Today in UTC.
    static var today: Day { Day(unixSeconds: Int64(Date().timeIntervalSince1970)) }

    /// Parses an instant, ISO 8601 with a zone: `2024-06-01T03:00:00Z` or `2024-06-01T05:00:00+02:00`.
    static func instant(_ text: String) throws -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw ValidationError("'\(text)' is not an instant (ISO 8601 with a zone, e.g. 2024-06-01T03:00:00Z)")
        }
        return date
    }

    /// The UTC day of an instant.
    static func day(of instant: Date) -> Day { Day(unixSeconds: Int64(instant.timeIntervalSince1970.rounded(.down))) }
}
