/// An interconnect a telco declares between two parties.
public struct Interconnect: Hashable, Sendable, Codable {
    /// The kinds of interconnect a telco can declare.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case ipTransit = "ip-transit"
        case ipPeering = "ip-peering"
        case voiceTDM = "voice-tdm"
        case voiceSIP = "voice-sip"
        case ipx
        case roaming
        case signalling
    }

    public var partyA: PartyRef
    public var partyB: PartyRef
    public var kind: Kind
    /// The facility or exchange where the parties meet, e.g. `Equinix LA1`.
    public var facility: String?
    public var city: String?
    /// ISO 3166-1 alpha-2 country of the facility.
    public var country: String?
    public var validity: Validity
    /// Where the record came from.
    public var origin: RecordOrigin

    public init(
        partyA: PartyRef,
        partyB: PartyRef,
        kind: Kind,
        facility: String? = nil,
        city: String? = nil,
        country: String? = nil,
        validity: Validity = .always,
        origin: RecordOrigin
    ) {
        self.partyA = partyA
        self.partyB = partyB
        self.kind = kind
        self.facility = facility
        self.city = city
        self.country = country
        self.validity = validity
        self.origin = origin
    }
}
