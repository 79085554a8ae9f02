/// How one destination's exposure differs between a baseline sweep and a what-if sweep (links removed, ASes
/// designated): the rows of `cleancarrier exposure --remove-link/--designate`.
public struct ExposureChange: Sendable, Hashable {
    /// The destination AS.
    public var destination: ASN
    /// The destination's country, when known.
    public var country: String?
    /// The baseline exposure, or `nil` when the destination was not swept there (absent from that graph).
    public var before: DestinationExposure?
    /// The what-if exposure, or `nil` when the destination is gone (every link of it removed).
    public var after: DestinationExposure?

    /// The TSV header matching ``tsvRow``.
    public static let tsvHeader =
        "destination\tdestination_cc\tsources_before\tsources_after\texposed_before\texposed_after\texposed_change\tcarriers_before\tcarriers_after"

    /// The destinations whose reach, exposure or carriers differ, by ASN.
    /// - Parameters:
    ///   - before: the baseline sweep.
    ///   - after: the what-if sweep.
    public static func changes(from before: [DestinationExposure], to after: [DestinationExposure]) -> [ExposureChange] {
        var baseline: [ASN: DestinationExposure] = [:]
        for exposure in before { baseline[exposure.destination] = exposure }
        var whatIf: [ASN: DestinationExposure] = [:]
        for exposure in after { whatIf[exposure.destination] = exposure }
        return Set(baseline.keys).union(whatIf.keys).sorted().compactMap { asn in
            let old = baseline[asn]
            let new = whatIf[asn]
            guard old?.reachingSources != new?.reachingSources || old?.exposedSources != new?.exposedSources || old?.carriers != new?.carriers
            else { return nil }
            return ExposureChange(destination: asn, country: old?.country ?? new?.country, before: old, after: new)
        }
    }

    /// One TSV row: `-` for an unknown country, a missing side or no carriers; carriers as `asn:sources`.
    public var tsvRow: String {
        func carriers(_ exposure: DestinationExposure?) -> String {
            guard let exposure, !exposure.carriers.isEmpty else { return "-" }
            return exposure.carriers.map { "\($0.asn.rawValue):\($0.sources)" }.joined(separator: ",")
        }
        func count(_ exposure: DestinationExposure?, _ value: (DestinationExposure) -> Int) -> String {
            exposure.map { String(value($0)) } ?? "-"
        }
        let change = (self.after?.exposedSources ?? 0) - (self.before?.exposedSources ?? 0)
        let fields: [String] = [
            String(self.destination.rawValue), self.country ?? "-",
            count(self.before, \.reachingSources), count(self.after, \.reachingSources),
            count(self.before, \.exposedSources), count(self.after, \.exposedSources),
            change > 0 ? "+\(change)" : String(change), carriers(self.before), carriers(self.after),
        ]
        return fields.joined(separator: "\t")
    }
}
