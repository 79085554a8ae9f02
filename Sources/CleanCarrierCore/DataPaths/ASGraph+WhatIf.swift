extension ASGraph {
    /// The same graph with some links taken out (what-if: a failed or cut link).
    /// - Parameter pairs: the AS pairs whose link to remove, in either order; pairs that are not linked are ignored.
    /// - Returns: the smaller graph; ASes left without links drop out of it.
    /// - Throws: `InputErrors` only if the remaining links are inconsistent, which they cannot be when this graph was built.
    public func removing(links pairs: [(ASN, ASN)]) throws(InputErrors) -> ASGraph {
        var cut = Set<UInt64>()
        for (a, b) in pairs { cut.insert(Self.pairKey(a, b)) }
        let remaining = self.links.filter { !cut.contains(Self.pairKey($0.first, $0.second)) }
        return try ASGraph(links: remaining, file: "what-if")
    }

    private static func pairKey(_ a: ASN, _ b: ASN) -> UInt64 {
        let (low, high) = a < b ? (a, b) : (b, a)
        return UInt64(low.rawValue) << 32 | UInt64(high.rawValue)
    }
}
