/// CC-4: an untrusted network is present at an exchange or facility in the home country (PeeringDB `netixlan` or
/// `netfac`). One finding per place and network, with every presence record behind it.
///
/// Severity is **exposure**: presence is where an untrusted carrier can meet US networks (at an exchange, through its
/// route servers or bilateral sessions), not a record that a US party hands it traffic. Interconnects that do happen
/// there are CC-1 violations when declared, inferred or observed.
public struct PresenceRule: EvaluationRule {
    public init() {}

    public func findings(in context: EvaluationContext) -> [Finding] {
        var groups: [String: [Presence]] = [:]
        for presence in context.snapshot.presences
        where presence.place.country == context.homeCountry && context.untrusted.contains(presence.asn) {
            groups["\(presence.place.ref) \(presence.asn)", default: []].append(presence)
        }
        return groups.values.compactMap { presences -> Finding? in
            let sorted = presences.sorted {
                ($0.origin.dataset, $0.place.kind.recordType, $0.recordID) < ($1.origin.dataset, $1.place.kind.recordType, $1.recordID)
            }
            guard let first = sorted.first else { return nil }
            let place = first.place
            let subject = Party(ref: place.ref, name: place.name, country: place.country, untrusted: false)
            let counterpart = context.party(for: first.asn)
            let records = sorted.map { presence in
                Evidence.Record(basis: .declared, origin: presence.origin, detail: Self.detail(of: presence))
            }
            let town = place.city.map { " in \($0)" } ?? ""
            let summary =
                "Untrusted \(counterpart.label) is present at \(place.kind.noun) \(place.name ?? place.ref)\(town), \(place.country ?? context.homeCountry)"
                + " (PeeringDB \(place.kind.recordType) \(sorted.map { String($0.recordID) }.joined(separator: ", ")))"
            return Finding(
                rule: .presence,
                severity: .exposure,
                subject: subject,
                counterpart: counterpart,
                summary: summary,
                evidence: Evidence(hops: [subject, counterpart], records: records, trustChains: context.trustChains(for: .network(first.asn)))
            )
        }
    }

    /// `PeeringDB netixlan 1310: AS4134 is a member of exchange ix:17 (Equinix Miami, Miami, US), route-server peer: no`.
    static func detail(of presence: Presence) -> String {
        let place = presence.place
        let location = [place.name, place.city, place.country].compactMap { $0 }.joined(separator: ", ")
        var detail = "PeeringDB \(place.kind.recordType) \(presence.recordID): \(presence.asn)"
        detail += place.kind == .exchange ? " is a member of" : " is present at"
        detail += " \(place.kind.noun) \(place.ref)\(location.isEmpty ? "" : " (\(location))")"
        if let routeServer = presence.routeServerPeer { detail += ", route-server peer: \(routeServer ? "yes" : "no")" }
        return detail
    }
}
