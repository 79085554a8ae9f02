/// The submarine cables that can carry one international hop of a traced path: the carrier's declared circuits
/// between the two countries first, else every cable in service linking them, each with its own verdict.
public struct CableHopFinder: Sendable {
    /// One cable a hop can ride.
    public struct Option: Hashable, Sendable, Codable {
        public var cable: String
        public var name: String
        /// Whether the carrier declared a circuit on it (else the cable merely links the two countries).
        public var declared: Bool
        /// The untrusted owners and landing parties, by registry name.
        public var untrustedHolders: [String]
        /// Whether it lands in PRC territory.
        public var directLink: Bool

        /// `NCP (declared; untrusted: China Telecom Corporation Limited, ...)`.
        public var label: String {
            var notes: [String] = [self.declared ? "declared circuit" : "links the countries"]
            if !self.untrustedHolders.isEmpty {
                notes.append("UNTRUSTED owners or landing parties: \(self.untrustedHolders.joined(separator: ", "))")
            }
            if self.directLink { notes.append("lands in PRC territory") }
            return "\(self.name) (\(notes.joined(separator: "; ")))"
        }
    }

    private let map: CableMap
    private let circuits: [DeclaredCircuit]
    private let assessor: CableAssessor

    /// The finder of `context`'s snapshot, or `nil` when it holds no cable map.
    public init?(context: EvaluationContext) {
        guard let map = context.snapshot.cables else { return nil }
        self.map = map
        self.circuits = context.snapshot.circuits.filter { $0.validity.contains(context.snapshot.asOf) }
        self.assessor = CableAssessor(map: map, index: context.index, untrusted: context.untrusted.entities, day: context.snapshot.asOf)
    }

    /// The cables for the hop from `carrier` (whose parties are `refs`: its ASN and its holder's entity id) in country
    /// `from` to country `to`; empty when the two countries are the same or no cable links them.
    ///
    /// TeleGeography's map files Hong Kong and Macao landing points under China, so HK and MO are looked up as CN.
    public func options(carrier refs: Set<String>, from: String, to: String) -> [Option] {
        let (from, to) = (Self.mapCountry(from), Self.mapCountry(to))
        guard from != to else { return [] }
        let countries: Set<String> = [from, to]
        let declared = Set(
            self.circuits.filter {
                refs.contains($0.carrier.description) && Set([self.country(of: $0.endA), self.country(of: $0.endB)]) == countries
            }
            .map(\.cable)
        )
        let candidates = declared.isEmpty ? self.map.cables(linking: from, to) : self.map.cables.filter { declared.contains($0.id) }
        return candidates.filter { $0.isInService(on: self.assessor.day) }.map { cable in
            let assessment = self.assessor.assess(cable)
            return Option(
                cable: cable.id,
                name: cable.name,
                declared: !declared.isEmpty,
                untrustedHolders: Set(assessment.untrustedHolders.map { $0.entityName ?? $0.name }).sorted(),
                directLink: !assessment.prcLandings.isEmpty
            )
        }
    }

    /// The country of a circuit's end: an ISO code as it is, a landing point by its country.
    private func country(of end: String) -> String? {
        (self.map.landingPoints[end]?.country ?? (end.count == 2 ? end : nil)).map(Self.mapCountry)
    }

    /// The country as the cable map files it: PRC territory (CN, HK, MO) as CN.
    static func mapCountry(_ code: String) -> String {
        CountryCodes.prcTerritory.contains(code) ? "CN" : code
    }
}
