/// Two ASNs as an unordered pair, the key of an AS adjacency.
struct ASNPair: Hashable, Comparable {
    let low: ASN
    let high: ASN

    init(_ a: ASN, _ b: ASN) {
        self.low = min(a, b)
        self.high = max(a, b)
    }

    static func < (lhs: ASNPair, rhs: ASNPair) -> Bool { (lhs.low, lhs.high) < (rhs.low, rhs.high) }
}
