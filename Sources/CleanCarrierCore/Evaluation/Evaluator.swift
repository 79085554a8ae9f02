import Foundation

/// Runs every rule over a snapshot. The same snapshot gives the same findings, in the same order.
public struct Evaluator: Sendable {
    /// The result of one evaluation.
    public struct Result: Sendable {
        /// Findings sorted by rule, subject, counterpart and fingerprint.
        public var findings: [Finding]
        /// Milliseconds spent in each stage (`trust`, then each rule by id).
        public var timings: [String: Double]
        /// The clean-telco status of every home-country carrier and every carrier that declared an inventory.
        public var cleanTelco: [CleanTelcoStatus] = []
    }

    public let rules: [any EvaluationRule]
    public let affiliateThreshold: Double
    public let homeCountry: String

    /// The rules of a full evaluation, in the order they run.
    public static let allRules: [any EvaluationRule] = [
        DirectInterconnectRule(), DeclaredAdjacencyRule(), DataTransitRule(), VoiceRule(), PresenceRule(), CableRule(), EquipmentRule(),
    ]

    public init(rules: [any EvaluationRule] = Evaluator.allRules, affiliateThreshold: Double = 50, homeCountry: String = "US") {
        self.rules = rules
        self.affiliateThreshold = affiliateThreshold
        self.homeCountry = homeCountry
    }

    /// Evaluates `snapshot`.
    /// - Throws: what a rule throws for records it cannot evaluate; no evaluation is better than a silently short one.
    public func evaluate(_ snapshot: Snapshot) throws -> Result {
        var timings: [String: Double] = [:]
        let clock = ContinuousClock()
        var start = clock.now
        let context = EvaluationContext(snapshot: snapshot, affiliateThreshold: self.affiliateThreshold, homeCountry: self.homeCountry)
        timings["trust"] = Self.milliseconds(clock.now - start)
        var findings: [Finding] = []
        for rule in self.rules {
            start = clock.now
            findings += try rule.findings(in: context)
            timings[String(describing: type(of: rule))] = Self.milliseconds(clock.now - start)
        }
        findings.sort {
            ($0.rule, $0.subject.ref, $0.counterpart.ref, $0.fingerprint) < ($1.rule, $1.subject.ref, $1.counterpart.ref, $1.fingerprint)
        }
        start = clock.now
        let cleanTelco = CleanPathJudge(context: context).statuses()
        timings["CleanTelcoStatus"] = Self.milliseconds(clock.now - start)
        return Result(findings: findings, timings: timings, cleanTelco: cleanTelco)
    }

    private static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return (Double(seconds) * 1000 + Double(attoseconds) / 1e15).rounded() / 1
    }
}
