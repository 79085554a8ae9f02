/// An E.164 number range: every number starting with `prefix` is terminated by one carrier.
public struct NumberRange: Hashable, Sendable, Codable {
    /// The range's digits, country code first.
    public var prefix: E164Prefix
    /// The country calling code the prefix falls under, when known.
    public var countryCode: Int?
    /// The terminating carrier as the source names it (e.g. `China Mobile`, or an entity id).
    public var carrier: String
    /// The registry entity that terminates the range, when the carrier is mapped to one.
    public var entity: EntityID?
    /// The line of the source file the range comes from (evidence).
    public var line: Int
    /// The store's dataset the range was loaded from (evidence); `nil` when read from a file.
    public var dataset: Int64?

    /// Creates a range.
    public init(prefix: E164Prefix, countryCode: Int?, carrier: String, entity: EntityID? = nil, line: Int = 0, dataset: Int64? = nil) {
        self.prefix = prefix
        self.countryCode = countryCode
        self.carrier = carrier
        self.entity = entity
        self.line = line
        self.dataset = dataset
    }
}
