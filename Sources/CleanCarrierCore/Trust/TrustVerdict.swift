/// Why an entity is, or is not, untrusted on a day: every reason, each with its chain of evidence.
public struct TrustVerdict: Hashable, Sendable, Codable {
    /// One designation that reaches the entity, and the ownership path it travels.
    public struct Reason: Hashable, Sendable, Codable {
        public var designation: Designation
        /// The designated entity first, then each entity it owns or controls, down to the subject.
        public var path: [EntityID]
        /// The link behind each step of `path` (one fewer than the path).
        public var links: [EntityLink]
        /// The ownership share, in percent, above which a link made the next entity an affiliate on this path: the
        /// designation's own threshold, else the evaluation's default.
        public var threshold: Double = 50
    }

    public var entity: EntityID
    public var day: Day
    /// The reasons in force on `day`; empty when the entity is trusted.
    public var reasons: [Reason]
    /// Designations that reach the entity on some other day (not yet in force, or ended), for "why not".
    public var notInForce: [Reason]

    /// Whether any designation in force reaches the entity.
    public var isUntrusted: Bool { !self.reasons.isEmpty }
}
