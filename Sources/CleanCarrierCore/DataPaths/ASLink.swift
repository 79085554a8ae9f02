/// One inferred business relationship between two ASes, as read from a CAIDA AS-relationship file.
public struct ASLink: Hashable, Sendable {
    /// The kind of a relationship.
    public enum Kind: UInt8, Hashable, Sendable {
        /// `first` is a provider of `second` (CAIDA `-1`).
        case providerToCustomer
        /// `first` and `second` are peers (CAIDA `0`).
        case peer
    }

    /// The provider, or the first peer as written.
    public var first: ASN
    /// The customer, or the second peer as written.
    public var second: ASN
    /// Provider-to-customer or peer.
    public var kind: Kind
    /// The 1-based line of the file the link was read from (0 for a link made in code).
    public var line: Int
    /// Index into ``ASRelationshipFile/sourceTags`` for a serial-2 source column, or `nil`.
    public var sourceTag: UInt16?

    /// Creates a link.
    /// - Parameters:
    ///   - first: the provider, or the first peer.
    ///   - second: the customer, or the second peer.
    ///   - kind: provider-to-customer or peer.
    ///   - line: the 1-based source line, 0 when made in code.
    ///   - sourceTag: the serial-2 source tag index, if any.
    public init(_ first: ASN, _ second: ASN, _ kind: Kind, line: Int = 0, sourceTag: UInt16? = nil) {
        self.first = first
        self.second = second
        self.kind = kind
        self.line = line
        self.sourceTag = sourceTag
    }

    /// A provider-to-customer link.
    /// - Parameters:
    ///   - provider: the provider AS.
    ///   - customer: the customer AS.
    /// - Returns: the link, with no source line.
    public static func transit(provider: ASN, customer: ASN) -> ASLink {
        ASLink(provider, customer, .providerToCustomer)
    }

    /// A peering link.
    /// - Parameters:
    ///   - a: one peer.
    ///   - b: the other peer.
    /// - Returns: the link, with no source line.
    public static func peering(_ a: ASN, _ b: ASN) -> ASLink {
        ASLink(a, b, .peer)
    }

    /// The unordered pair of ASes the link joins, smaller ASN first.
    public var endpoints: (low: ASN, high: ASN) {
        self.first < self.second ? (self.first, self.second) : (self.second, self.first)
    }
}
