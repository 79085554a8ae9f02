/// The cable systems and landing points of one cable map dataset, and the parties licensed to land them.
public struct CableMap: Hashable, Sendable, Codable {
    /// By id, in id order.
    public var cables: [CableSystem]
    /// By id.
    public var landingPoints: [String: LandingPoint]
    public var landingParties: [LandingParty]

    public init(cables: [CableSystem] = [], landingPoints: [String: LandingPoint] = [:], landingParties: [LandingParty] = []) {
        self.cables = cables.sorted { $0.id < $1.id }
        self.landingPoints = landingPoints
        self.landingParties = landingParties
    }

    /// The landing points of `cable`, in the map's order (unknown ids skipped).
    public func landings(of cable: CableSystem) -> [LandingPoint] {
        cable.landingPoints.compactMap { self.landingPoints[$0] }
    }

    /// The ISO codes of the countries `cable` lands in.
    public func countries(of cable: CableSystem) -> Set<String> {
        Set(self.landings(of: cable).map(\.country))
    }

    /// The cables that land in `country`.
    public func cables(landingIn country: String) -> [CableSystem] {
        self.cables.filter { self.countries(of: $0).contains(country) }
    }

    /// The cables that land in both countries.
    public func cables(linking first: String, _ second: String) -> [CableSystem] {
        self.cables.filter {
            let countries = self.countries(of: $0)
            return countries.contains(first) && countries.contains(second)
        }
    }
}
