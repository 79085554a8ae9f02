/// The submarine cables of a report (rule CC-5), one entry per cable, with the owners to review: the cable section
/// every report format shows.
public struct CableSection: Hashable, Sendable, Codable {
    /// One cable and what its findings say.
    public struct Cable: Hashable, Sendable, Codable {
        /// `cable:<id>`.
        public var ref: String
        public var name: String
        /// The untrusted owners and landing parties (CC-5 a).
        public var untrustedParties: [Party]
        /// Whether the cable lands in PRC territory too (CC-5 c).
        public var directLink: Bool
        /// The home-country carriers whose declared circuits ride it (CC-5 b).
        public var carriers: [Party]
        /// The landing points, with coordinates where known.
        public var places: [Evidence.Place]
        /// `resolved` when every finding about the cable is resolved (in a diff), else its first finding's status.
        public var status: EvaluationReport.Status
    }

    /// By reference.
    public var cables: [Cable]
    /// Owners of the home country's cables that no registry entity names: `"Google" owns FASTER, ...`.
    public var ownersToReview: [String]

    /// The section of `entries`, or `nil` when none is a CC-5 finding.
    public init?(entries: [EvaluationReport.Entry]) {
        let cable = entries.filter { $0.finding.rule == .cable }
        guard !cable.isEmpty else { return nil }
        var byRef: [String: [EvaluationReport.Entry]] = [:]
        var review: [String] = []
        for entry in cable {
            switch entry.finding.severity {
            case .notice: review += entry.status == .resolved ? [] : entry.finding.evidence.records.map(\.detail)
            case .exposure: byRef[entry.finding.counterpart.ref, default: []].append(entry)
            default: byRef[entry.finding.subject.ref, default: []].append(entry)
            }
        }
        self.ownersToReview = review
        self.cables = byRef.keys.sorted().compactMap { ref -> Cable? in
            guard let list = byRef[ref], let first = list.first else { return nil }
            let party = first.finding.severity == .exposure ? first.finding.counterpart : first.finding.subject
            let untrusted = list.filter { $0.finding.severity == .violation }.map(\.finding.counterpart)
            return Cable(
                ref: ref,
                name: party.name ?? ref,
                untrustedParties: untrusted,
                directLink: list.contains { $0.finding.severity == .directLink },
                carriers: list.filter { $0.finding.severity == .exposure }.map(\.finding.subject),
                places: first.finding.evidence.places ?? [],
                status: list.allSatisfy { $0.status == .resolved } ? .resolved : first.status
            )
        }
    }
}
