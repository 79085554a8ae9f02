/// One owner of a cable system, as the cable map names it, with the registry entity the name maps to.
public struct CableOwner: Hashable, Sendable, Codable {
    /// The name as the map writes it, e.g. `China Telecom`.
    public var name: String
    /// The owner's share of the system, in percent, when known (the public map does not give shares).
    public var share: Double?

    public init(name: String, share: Double? = nil) {
        self.name = name
        self.share = share
    }
}
