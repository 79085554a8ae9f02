/// A half-open range of days `[from, to)`; a missing bound is open.
public struct Validity: Hashable, Sendable, Codable {
    /// The first day in force, or `nil` for "since always".
    public var from: Day?
    /// The first day no longer in force, or `nil` for "still in force".
    public var to: Day?

    public init(from: Day? = nil, to: Day? = nil) {
        self.from = from
        self.to = to
    }

    /// Always in force.
    public static let always = Validity()

    /// Whether `day` falls in the range.
    public func contains(_ day: Day) -> Bool {
        if let from, day < from { return false }
        if let to, day >= to { return false }
        return true
    }

    /// Whether two ranges share at least one day.
    public func overlaps(_ other: Validity) -> Bool {
        let start = max(self.from ?? Day(daysSinceEpoch: .min), other.from ?? Day(daysSinceEpoch: .min))
        let end = min(self.to ?? Day(daysSinceEpoch: .max), other.to ?? Day(daysSinceEpoch: .max))
        return start < end
    }
}
