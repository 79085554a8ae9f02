/// The untrusted networks of one day, ready for the engines: ASNs with the holder and verdict behind each.
public struct UntrustedSet: Sendable {
    public let day: Day
    /// Verdicts on every untrusted entity.
    public let entities: [EntityID: TrustVerdict]
    /// Untrusted ASNs and the identifier that ties each to its holder.
    public let asns: [ASN: Identifier]

    public init(resolver: TrustResolver, day: Day) {
        self.day = day
        let verdicts = resolver.verdicts(on: day).filter { $0.value.isUntrusted }
        self.entities = verdicts
        self.asns = resolver.index.asns(on: day).filter { verdicts[$0.value.holder] != nil }
    }

    /// Whether `asn` is held by an untrusted entity.
    public func contains(_ asn: ASN) -> Bool { self.asns[asn] != nil }

    /// The verdict on the holder of `asn`, when it is untrusted.
    public func verdict(for asn: ASN) -> TrustVerdict? {
        self.asns[asn].flatMap { self.entities[$0.holder] }
    }
}
