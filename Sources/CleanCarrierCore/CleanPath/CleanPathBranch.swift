/// One branch of a checked path (the primary route, a failover), with its verdict and every reason.
public struct CleanPathBranch: Hashable, Sendable, Codable {
    /// `primary`, `failover (link AS7018–AS174 down)`, `failover 2 (dead-end)`...
    public var label: String
    /// Whether it is the primary route.
    public var isPrimary: Bool
    /// The hops, the source first.
    public var hops: [Party]
    public var verdict: CleanPathVerdict
    /// Every reason against it: untrusted carriers and equipment (not clean), hops without an inventory (unknown).
    public var reasons: [CleanPathReason]

    public init(label: String, isPrimary: Bool, hops: [Party], reasons: [CleanPathReason]) {
        self.label = label
        self.isPrimary = isPrimary
        self.hops = hops
        self.reasons = reasons
        self.verdict = hops.isEmpty ? .unknown : CleanPathVerdict.combining(reasons.map(\.kind.verdict) + [.clean])
    }

    /// The hops whose carrier declared no inventory.
    public var undeclaredHops: [Party] { self.reasons.filter { $0.kind == .noInventory }.compactMap(\.party) }
}
