/// One cable on one day, as a regulator reads it: where it lands, who owns and lands it, and who of them is untrusted.
public struct CableAssessment: Hashable, Sendable, Codable {
    /// An owner or landing party, with the registry entity its name maps to and that entity's verdict.
    public struct Holder: Hashable, Sendable, Codable {
        /// How a holder holds the cable.
        public enum Role: String, Hashable, Sendable, Codable {
            case owner
            case landingParty = "landing-party"
            case licensee
        }

        /// The name as the cable map (or the landing-party record) writes it.
        public var name: String
        public var role: Role
        /// The landing licence, for a landing party or licensee, when known.
        public var licence: String?
        public var entity: EntityID?
        /// The entity's registry name.
        public var entityName: String?
        public var untrusted: Bool
        /// The trust chains in force, from the map's name to each designation.
        public var chains: [String]
        public var origin: RecordOrigin

        /// `owner`, `licensee`, or `licensee under SCL-LIC-20160525-00012`.
        public var roleLabel: String { self.role.rawValue + (self.licence.map { " under \($0)" } ?? "") }
    }

    public var cable: CableSystem
    public var day: Day
    public var inService: Bool
    /// Every landing point, in the map's order.
    public var landings: [LandingPoint]
    public var owners: [Holder]
    public var landingParties: [Holder]

    /// Owners and landing parties that are untrusted on `day`.
    public var untrustedHolders: [Holder] { (self.owners + self.landingParties).filter(\.untrusted) }

    /// Owner names that map to no registry entity: to review.
    public var unmappedOwners: [String] { self.owners.filter { $0.entity == nil }.map(\.name) }

    /// The landing points in `country`.
    public func landings(in country: String) -> [LandingPoint] { self.landings.filter { $0.country == country } }

    /// The landing points in the territory of the People's Republic of China (CN, HK, MO).
    public var prcLandings: [LandingPoint] { self.landings.filter { CountryCodes.prcTerritory.contains($0.country) } }

    /// The cable's name, status and landings in `country`: `FASTER (in service since 2016; US: Bandon, OR)`.
    public func label(in country: String) -> String {
        let home = self.landings(in: country).map(\.city).joined(separator: "; ")
        return "\(self.cable.name) (\(self.cable.status(on: self.day)); \(country): \(home.isEmpty ? "none" : home))"
    }
}
