public import CleanCarrierCore

/// The payload of an `evaluate` job: evaluate the active datasets as of a date.
public struct EvaluationJobPayload: Codable, Sendable, Hashable {
    /// The job kind this payload belongs to.
    public static let kind = "evaluate"

    public var asOf: Day
    /// What asked for the evaluation: `schedule:<name>`, `dataset`, `designation` or `cli`.
    public var trigger: String

    public init(asOf: Day, trigger: String) {
        self.asOf = asOf
        self.trigger = trigger
    }
}
