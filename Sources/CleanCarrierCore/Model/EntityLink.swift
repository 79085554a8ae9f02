/// Ownership or control of one entity by another.
public struct EntityLink: Hashable, Sendable, Codable {
    public var owner: EntityID
    public var owned: EntityID
    /// The owner's share of the owned entity, in percent (0...100), when known.
    public var share: Double?
    /// Whether the owner controls the owned entity whatever its share.
    public var control: Bool
    public var source: String
    public var validity: Validity

    public init(owner: EntityID, owned: EntityID, share: Double?, control: Bool, source: String, validity: Validity = .always) {
        self.owner = owner
        self.owned = owned
        self.share = share
        self.control = control
        self.source = source
        self.validity = validity
    }

    /// Whether the link makes `owned` a subsidiary or affiliate of `owner`: control, or a share over `threshold` percent.
    public func confers(threshold: Double) -> Bool {
        self.control || (self.share ?? 0) > threshold
    }
}
