/// One row of a carrier's voice route table: calls to numbers under `prefix` may be handed to `nextHop`.
///
/// The shape of a Kamailio/OpenSIPS `drouting` rule: a prefix and an ordered list of gateways, one row per gateway.
/// Among the rows of the longest matching prefix, next hops are tried by `priority` (lower first), then `weight`
/// (higher first), then next-hop id (alphabetical): the first is the primary route, the others failovers.
public struct VoiceRoute: Hashable, Sendable, Codable {
    /// The carrier whose table holds the route.
    public var carrier: EntityID
    /// The dialled-number prefix the route applies to (E.164 digits).
    public var prefix: E164Prefix
    /// The entity the call is handed to.
    public var nextHop: EntityID
    /// Preference: lower is tried first (0 or more).
    public var priority: Int
    /// Within one priority, higher is tried first (0 or more).
    public var weight: Int
    /// When the route is in force: `[valid_from, valid_to)`, either bound open.
    public var validity: Validity
    /// When in the week the route is used, or `nil` for all the time.
    public var window: TimeWindow?
    /// The line of the source file the route comes from (evidence), 0 when built in code.
    public var line: Int
    /// The store's dataset the route was loaded from (evidence); `nil` when read from a file.
    public var dataset: Int64?

    /// Creates a route.
    public init(
        carrier: EntityID,
        prefix: E164Prefix,
        nextHop: EntityID,
        priority: Int,
        weight: Int,
        validity: Validity = .always,
        window: TimeWindow? = nil,
        line: Int = 0,
        dataset: Int64? = nil
    ) {
        self.carrier = carrier
        self.prefix = prefix
        self.nextHop = nextHop
        self.priority = priority
        self.weight = weight
        self.validity = validity
        self.window = window
        self.line = line
        self.dataset = dataset
    }

    /// Whether `self` is tried before `other` (same carrier and prefix): priority, then weight, then next-hop id.
    public func precedes(_ other: VoiceRoute) -> Bool {
        if self.priority != other.priority { return self.priority < other.priority }
        if self.weight != other.weight { return self.weight > other.weight }
        return self.nextHop < other.nextHop
    }
}
