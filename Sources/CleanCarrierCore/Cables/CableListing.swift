/// The cables landing in one country on one day, with their landing points, owners, verdicts and chains: what
/// `cleancarrier cables` prints.
public struct CableListing: Hashable, Sendable, Codable {
    public var country: String
    public var day: Day
    /// Every cable landing in the country, by id (in service or not: see each `inService`).
    public var cables: [CableAssessment]

    public init(country: String, day: Day, cables: [CableAssessment]) {
        self.country = country
        self.day = day
        self.cables = cables
    }

    /// The cables of `map` that land in `country` (ISO 3166-1 alpha-2), each owner and landing party judged on `day`
    /// by `registry`: the one way a listing is made, from files or from the store.
    public init(map: CableMap, registry: Registry, country: String, day: Day) {
        let resolver = TrustResolver(registry: registry)
        let untrusted = UntrustedSet(resolver: resolver, day: day)
        let assessor = CableAssessor(map: map, index: resolver.index, untrusted: untrusted.entities, day: day)
        self.init(country: country, day: day, cables: assessor.assessments(landingIn: country))
    }

    /// The cables in service on the day with an untrusted owner or landing party.
    public var flagged: [CableAssessment] { self.cables.filter { $0.inService && !$0.untrustedHolders.isEmpty } }

    /// Owner names of the country's cables in service that map to no registry entity, sorted.
    public var unmappedOwners: [String] {
        Set(self.cables.filter(\.inService).flatMap(\.unmappedOwners)).sorted()
    }

    /// The listing as text: a summary line, then each cable with its landings and owners, flagged cables marked.
    public var text: String {
        let inService = self.cables.filter(\.inService)
        let direct = inService.filter { !$0.prcLandings.isEmpty }
        var lines = [
            "Cables landing in \(self.country) on \(self.day): \(self.cables.count) (\(inService.count) in service); "
                + "\(self.flagged.count) with an untrusted owner or landing party; \(direct.count) also land in PRC territory"
        ]
        for cable in self.cables {
            var flags: [String] = []
            if !cable.inService { flags.append("not counted: \(cable.cable.status(on: self.day))") }
            if cable.inService, !cable.untrustedHolders.isEmpty { flags.append("UNTRUSTED OWNER OR LANDING PARTY") }
            if cable.inService, !cable.prcLandings.isEmpty { flags.append("DIRECT LINK TO PRC TERRITORY") }
            lines.append("")
            lines.append(
                "\(cable.cable.name) [\(cable.cable.id)], \(cable.cable.status(on: self.day))\(flags.isEmpty ? "" : ": " + flags.joined(separator: "; "))"
            )
            lines.append("  lands in \(self.country): \(cable.landings(in: self.country).map(\.city).joined(separator: "; "))")
            let abroad = cable.landings.filter { $0.country != self.country }
            if !abroad.isEmpty { lines.append("  lands abroad: \(abroad.map(\.label).joined(separator: "; "))") }
            for holder in cable.owners + cable.landingParties {
                let who = holder.entityName.map { "\($0) (\(holder.entity?.rawValue ?? ""))" } ?? "not in the registry: review"
                lines.append("  \(holder.roleLabel) \"\(holder.name)\" → \(who)\(holder.untrusted ? ": UNTRUSTED" : "")")
                lines += holder.chains.map { "    - \($0)" }
            }
        }
        let unmapped = self.unmappedOwners
        if !unmapped.isEmpty {
            lines.append("")
            lines.append("Owners to review (\(unmapped.count), no registry entity or alias): \(unmapped.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n")
    }
}
