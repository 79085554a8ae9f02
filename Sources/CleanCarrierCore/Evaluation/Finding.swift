/// One interconnection with an untrusted carrier, with the evidence behind it.
public struct Finding: Hashable, Sendable, Codable {
    /// The rules of the Clean Carrier policy.
    public enum Rule: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
        case directInterconnect = "CC-1"
        /// Declarations and routing data disagree: a declared IP interconnect with an untrusted party that no AS
        /// adjacency supports, or an adjacency with an untrusted AS that the telco's declarations leave out.
        case declaredVersusRouting = "CC-1D"
        case dataTransit = "CC-2"
        case voice = "CC-3"
        case presence = "CC-4"
        /// A US carrier has untrusted vendors' equipment in service (or past its replacement plan date).
        case equipment = "CC-6"
        /// A submarine cable landing in the home country: untrusted owners or landing parties, declared circuits riding
        /// such a cable, a direct link to PRC territory, and owners the registry cannot name.
        case cable = "CC-5"

        /// What the rule checks, in a few words.
        public var title: String {
            switch self {
            case .directInterconnect: "direct interconnect"
            case .declaredVersusRouting: "declared vs routing data"
            case .dataTransit: "data transit"
            case .voice: "voice"
            case .presence: "presence"
            case .equipment: "equipment"
            case .cable: "cable"
            }
        }

        public static func < (lhs: Rule, rhs: Rule) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A violation: a US party hands traffic directly to an untrusted one. Exposure: traffic crosses one further on.
    /// Notice: something to review, not itself a breach (e.g. declarations that routing data does not bear out).
    /// Direct link: a cable lands both in the home country and in PRC territory, whoever owns it.
    public enum Severity: String, Hashable, Sendable, Codable, CaseIterable {
        case violation, exposure, notice
        case directLink = "direct-link"
    }

    public var rule: Rule
    public var severity: Severity
    /// The US party the finding is about.
    public var subject: Party
    /// The untrusted party.
    public var counterpart: Party
    /// One sentence a regulator can read.
    public var summary: String
    public var evidence: Evidence
    /// Stable across evaluations: the same rule, subject and counterpart give the same fingerprint.
    public var fingerprint: String

    public init(rule: Rule, severity: Severity, subject: Party, counterpart: Party, summary: String, evidence: Evidence, qualifier: String = "") {
        self.rule = rule
        self.severity = severity
        self.subject = subject
        self.counterpart = counterpart
        self.summary = summary
        self.evidence = evidence
        self.fingerprint = Fingerprint.of(rule.rawValue, subject.ref, counterpart.ref, qualifier)
    }
}
