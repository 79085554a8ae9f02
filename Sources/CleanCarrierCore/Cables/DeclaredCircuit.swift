/// A telco's statement that its international capacity between two landing points (or two countries) rides a cable.
public struct DeclaredCircuit: Hashable, Sendable, Codable {
    /// The carrier whose capacity it is (an entity id or `AS...`).
    public var carrier: PartyRef
    /// The cable system id, as in the cable map.
    public var cable: String
    /// Each end: a landing point id, or an ISO 3166-1 alpha-2 country code.
    public var endA: String
    public var endB: String
    public var validity: Validity
    public var origin: RecordOrigin

    public init(carrier: PartyRef, cable: String, endA: String, endB: String, validity: Validity, origin: RecordOrigin) {
        self.carrier = carrier
        self.cable = cable
        self.endA = endA
        self.endB = endB
        self.validity = validity
        self.origin = origin
    }
}
