public import CleanCarrierCore
import Foundation

/// A saved evaluation: its id, size, the webhook delivery jobs it queued and how long each stage took.
public struct EvaluationOutcome: Sendable {
    /// How long each stage of an evaluation took.
    public struct Timings: Sendable {
        public var loading: Duration
        public var rules: Duration
        public var saving: Duration

        /// The three stages together.
        public var total: Duration { self.loading + self.rules + self.saving }

        /// `took 1.80 s: load 0.96 s, rules 0.60 s, save 0.24 s`.
        public var description: String {
            "took \(Self.seconds(self.total)) s: load \(Self.seconds(self.loading)) s, rules \(Self.seconds(self.rules)) s, save \(Self.seconds(self.saving)) s"
        }

        private static func seconds(_ duration: Duration) -> String {
            let value = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            return String(format: "%.2f", value)
        }
    }

    public var id: Int64
    public var asOf: Day
    public var findingCount: Int
    /// The webhook delivery jobs queued for the evaluation's status changes (none when nothing changed).
    public var deliveryJobs: [Int64]
    public var timings: Timings
}
