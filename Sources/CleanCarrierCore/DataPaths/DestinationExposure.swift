/// How one country's networks reach one destination through untrusted ASes (rule CC-2, counted).
public struct DestinationExposure: Sendable, Hashable {
    /// An untrusted AS on the way, with the number of sources whose route crosses it.
    public struct Carrier: Sendable, Hashable {
        /// The untrusted AS.
        public var asn: ASN
        /// Sources whose route to the destination crosses it as an intermediate hop.
        public var sources: Int

        /// Creates a carrier count.
        /// - Parameters:
        ///   - asn: the untrusted AS.
        ///   - sources: the sources crossing it.
        public init(asn: ASN, sources: Int) {
            self.asn = asn
            self.sources = sources
        }
    }

    /// The destination AS.
    public var destination: ASN
    /// The destination's country, when known.
    public var country: String?
    /// Sources (other than the destination) that have a route to it.
    public var reachingSources: Int
    /// Sources whose route crosses an untrusted AS as an intermediate hop (neither source nor destination).
    public var exposedSources: Int
    /// Exposed sources that have some valley-free path to the destination avoiding every untrusted AS.
    public var avoidableSources: Int
    /// The untrusted ASes crossed, most sources first (then by ASN).
    public var carriers: [Carrier]

    /// Exposed sources with no valley-free path that avoids every untrusted AS.
    public var unavoidableSources: Int { self.exposedSources - self.avoidableSources }

    /// The TSV header matching ``tsvRow``.
    public static let tsvHeader = "destination\tdestination_cc\tsources\texposed\tavoidable\tunavoidable\tcarriers"

    /// One TSV row: carriers as `asn:sources` joined by commas, `-` for none; an unknown country is `-`.
    public var tsvRow: String {
        let carriers = self.carriers.isEmpty ? "-" : self.carriers.map { "\($0.asn.rawValue):\($0.sources)" }.joined(separator: ",")
        let fields = [
            String(self.destination.rawValue), self.country ?? "-", String(self.reachingSources), String(self.exposedSources),
            String(self.avoidableSources), String(self.unavoidableSources), carriers,
        ]
        return fields.joined(separator: "\t")
    }
}
