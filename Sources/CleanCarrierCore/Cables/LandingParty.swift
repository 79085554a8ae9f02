/// A party to a cable's landing in a country: a landing party or licensee under a cable landing licence.
public struct LandingParty: Hashable, Sendable, Codable {
    /// Whether the party lands the cable or holds the licence.
    public enum Role: String, Hashable, Sendable, Codable, CaseIterable {
        case landingParty = "landing-party"
        case licensee
    }

    public var cable: String
    public var entity: EntityID
    public var role: Role
    /// The licence, e.g. an FCC cable landing licence file number `SCL-LIC-20160525-00012`.
    public var licence: String?
    public var granted: Day?
    /// The first day the licence no longer holds.
    public var expires: Day?
    public var origin: RecordOrigin

    public init(cable: String, entity: EntityID, role: Role, licence: String?, granted: Day?, expires: Day?, origin: RecordOrigin) {
        self.cable = cable
        self.entity = entity
        self.role = role
        self.licence = licence
        self.granted = granted
        self.expires = expires
        self.origin = origin
    }

    /// The days the party's role holds.
    public var validity: Validity { Validity(from: self.granted, to: self.expires) }
}
