/// The AS adjacencies that observed paths show around a set of ASes, each with how often and one example.
public struct ObservedAdjacencies: Sendable {
    /// One pair of adjacent ASes, in path order where first seen.
    public struct Witness: Sendable, Hashable {
        public var pathCount: Int
        /// The first path that shows the adjacency.
        public var example: ObservedPath
    }

    /// Witnesses by unordered pair (lower ASN first).
    public private(set) var pairs: [Pair: Witness] = [:]

    /// An unordered pair of ASes.
    public struct Pair: Hashable, Sendable {
        public var low: ASN
        public var high: ASN

        public init(_ a: ASN, _ b: ASN) {
            (self.low, self.high) = a < b ? (a, b) : (b, a)
        }
    }

    /// Collects every adjacency in `paths` that touches an AS for which `involves` is true.
    public init(paths: [ObservedPath], involving involves: (ASN) -> Bool) {
        for path in paths where path.path.contains(where: involves) {
            for index in path.path.indices.dropLast() {
                let a = path.path[index]
                let b = path.path[index + 1]
                guard involves(a) || involves(b) else { continue }
                let pair = Pair(a, b)
                if var witness = self.pairs[pair] {
                    witness.pathCount += 1
                    self.pairs[pair] = witness
                } else {
                    self.pairs[pair] = Witness(pathCount: 1, example: path)
                }
            }
        }
    }
}
