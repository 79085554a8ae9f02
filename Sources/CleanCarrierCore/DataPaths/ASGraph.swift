/// A compact AS-relationship graph: arrays indexed by dense AS ids, neighbours in CSR form.
///
/// Dense ids follow ASN order (id 0 is the lowest ASN), so comparing ids compares ASNs. Each AS's customers, peers and
/// providers are sorted slices of one array each. `upOrder` lists every AS after all of its customers, the order in
/// which BGPy sends routes up (its propagation ranks); reversed, it is the order routes go down.
public struct ASGraph: Sendable {
    /// The ASNs, ascending; the position of an ASN is its dense id.
    public let asns: [ASN]
    /// The links the graph was built from, in input order (duplicates included), for evidence and what-if runs.
    public let links: [ASLink]
    let idByASN: [UInt32: Int32]
    let customers: Adjacency
    let peers: Adjacency
    let providers: Adjacency
    /// Every AS id, each after all of its customers.
    let upOrder: [Int32]
    /// The ASes with customers, each before all of its customers (the order routes go down).
    let coreDownOrder: [Int32]
    /// The ASes without customers, ascending: they pass routes to nobody, so a propagation may resolve them last.
    let leaves: [Int32]

    /// One relationship's neighbour lists in CSR form, with the link behind each entry.
    struct Adjacency: Sendable {
        /// `start[id]..<start[id + 1]` is the slice of `neighbours` and `linkIndex` for AS `id`.
        var start: [Int32]
        /// Neighbour ids, ascending within each slice.
        var neighbours: [Int32]
        /// For each entry, the index of its link in ``ASGraph/links``.
        var linkIndex: [Int32]

        func range(of id: Int) -> Range<Int> { Int(self.start[id])..<Int(self.start[id + 1]) }
    }

    /// The number of ASes.
    public var count: Int { self.asns.count }

    /// The dense id of an AS.
    /// - Parameter asn: the AS number.
    /// - Returns: its id, or `nil` when the AS is not in the graph.
    public func id(of asn: ASN) -> Int? {
        self.idByASN[asn.rawValue].map(Int.init)
    }

    /// Whether an AS has no customers (BGPy's rank 0): it never passes on a route it learned.
    /// - Parameter id: a dense AS id.
    /// - Returns: `true` for a leaf.
    public func isLeaf(_ id: Int) -> Bool { self.customers.start[id] == self.customers.start[id + 1] }

    /// The id of AS 0 when the graph holds it (a path holding it is refused, as in BGPy), else -1.
    public var silentID: Int { self.asns.first?.rawValue == 0 ? 0 : -1 }

    /// The provider of an AS whose only neighbour is that one provider (a single-homed stub without peers): every
    /// route toward or from such an AS is the route toward or from its provider, one hop longer.
    /// - Parameter id: a dense AS id.
    /// - Returns: the provider's id, or `nil` when the AS has customers, peers or other providers, or when either is
    ///   AS 0 (whose routes are refused, so nothing derives through it).
    public func soleProvider(of id: Int) -> Int? {
        guard self.isLeaf(id), self.peers.start[id] == self.peers.start[id + 1], self.providers.range(of: id).count == 1 else { return nil }
        let provider = Int(self.providers.neighbours[Int(self.providers.start[id])])
        let silent = self.silentID
        return id == silent || provider == silent ? nil : provider
    }

    /// The customers of an AS, ascending.
    /// - Parameter id: a dense AS id.
    /// - Returns: the customer ids.
    public func customers(of id: Int) -> ArraySlice<Int32> { self.customers.neighbours[self.customers.range(of: id)] }

    /// The peers of an AS, ascending.
    /// - Parameter id: a dense AS id.
    /// - Returns: the peer ids.
    public func peers(of id: Int) -> ArraySlice<Int32> { self.peers.neighbours[self.peers.range(of: id)] }

    /// The providers of an AS, ascending.
    /// - Parameter id: a dense AS id.
    /// - Returns: the provider ids.
    public func providers(of id: Int) -> ArraySlice<Int32> { self.providers.neighbours[self.providers.range(of: id)] }

    /// The link joining two ASes, for evidence (its line in the dataset).
    /// - Parameters:
    ///   - a: a dense AS id.
    ///   - b: another dense AS id.
    /// - Returns: the link, or `nil` when the two are not neighbours.
    public func link(between a: Int, and b: Int) -> ASLink? {
        for adjacency in [self.customers, self.peers, self.providers] {
            let range = adjacency.range(of: a)
            let slice = adjacency.neighbours[range]
            var low = range.lowerBound
            var high = range.upperBound
            while low < high {
                let middle = (low + high) / 2
                if slice[middle] < Int32(b) { low = middle + 1 } else { high = middle }
            }
            if low < range.upperBound, slice[low] == Int32(b) { return self.links[Int(adjacency.linkIndex[low])] }
        }
        return nil
    }
}
