public import Foundation

extension Day {
    /// The UTC day that holds `instant`.
    public init(containing instant: Date) { self.init(unixSeconds: Int64(instant.timeIntervalSince1970.rounded(.down))) }

    /// Today, in UTC.
    public static var today: Day { Day(containing: Date()) }
}
