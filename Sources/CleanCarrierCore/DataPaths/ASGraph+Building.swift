extension ASGraph {
    /// Builds the graph from links.
    ///
    /// A link given twice counts once (as in BGPy). A pair of ASes with two different relationships, a link from an
    /// AS to itself, and a provider-customer cycle are errors: BGPy cannot route on such a graph either.
    /// - Parameters:
    ///   - links: provider-customer and peer links.
    ///   - file: the dataset name, used in errors.
    /// - Throws: `InputErrors` naming the lines at fault.
    public init(links: [ASLink], file: String = "links") throws(InputErrors) {
        var values = [UInt32]()
        values.reserveCapacity(links.count * 2)
        for link in links {
            values.append(link.first.rawValue)
            values.append(link.second.rawValue)
        }
        values.sort()
        var asns = [ASN]()
        asns.reserveCapacity(values.count / 4)
        for value in values where asns.last?.rawValue != value { asns.append(ASN(value)) }
        var idByASN = [UInt32: Int32](minimumCapacity: asns.count)
        for (id, asn) in asns.enumerated() { idByASN[asn.rawValue] = Int32(id) }

        let kept = try Self.distinctLinks(links, file: file)
        var customers = AdjacencyBuilder(count: asns.count)
        var peers = AdjacencyBuilder(count: asns.count)
        var providers = AdjacencyBuilder(count: asns.count)
        for index in kept {
            let link = links[index]
            let a = idByASN[link.first.rawValue] ?? 0
            let b = idByASN[link.second.rawValue] ?? 0
            switch link.kind {
            case .providerToCustomer:
                customers.add(from: a, to: b, link: index)
                providers.add(from: b, to: a, link: index)
            case .peer:
                peers.add(from: a, to: b, link: index)
                peers.add(from: b, to: a, link: index)
            }
        }
        self.asns = asns
        self.links = links
        self.idByASN = idByASN
        self.customers = customers.build()
        self.peers = peers.build()
        self.providers = providers.build()
        self.upOrder = try Self.upOrder(customers: self.customers, providers: self.providers, links: links, file: file)
        let customerStart = self.customers.start
        self.coreDownOrder = self.upOrder.reversed().filter { customerStart[Int($0)] != customerStart[Int($0) + 1] }
        self.leaves = (0..<asns.count).filter { customerStart[$0] == customerStart[$0 + 1] }.map(Int32.init)
    }

    /// The indices of the links to keep: the first of each duplicate; throws on self-links and conflicting pairs.
    private static func distinctLinks(_ links: [ASLink], file: String) throws(InputErrors) -> [Int] {
        var errors = [InputError]()
        var keyed = [(key: UInt64, index: Int)]()
        keyed.reserveCapacity(links.count)
        for (index, link) in links.enumerated() {
            let (low, high) = link.endpoints
            if low == high {
                errors.append(InputError(file: file, line: link.line, field: "customer", message: "\(low) is linked to itself"))
                continue
            }
            keyed.append((UInt64(low.rawValue) << 32 | UInt64(high.rawValue), index))
        }
        keyed.sort { ($0.key, $0.index) < ($1.key, $1.index) }
        var kept = [Int]()
        kept.reserveCapacity(keyed.count)
        for position in keyed.indices {
            let index = keyed[position].index
            guard position > 0, keyed[position - 1].key == keyed[position].key else {
                kept.append(index)
                continue
            }
            let earlier = links[keyed[position - 1].index]
            let link = links[index]
            let same = earlier.kind == link.kind && (link.kind == .peer || earlier.first == link.first)
            if !same {
                let message = "\(link.first) and \(link.second) already have a different relationship on line \(earlier.line)"
                errors.append(InputError(file: file, line: link.line, field: "rel", message: message))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors.sorted { ($0.line ?? 0) < ($1.line ?? 0) }) }
        return kept
    }

    /// Orders ASes so that each comes after all of its customers (Kahn's algorithm); throws on a cycle.
    private static func upOrder(customers: Adjacency, providers: Adjacency, links: [ASLink], file: String) throws(InputErrors) -> [Int32] {
        let count = customers.start.count - 1
        var pending = (0..<count).map { customers.start[$0 + 1] - customers.start[$0] }
        var order = [Int32]()
        order.reserveCapacity(count)
        for id in 0..<count where pending[id] == 0 { order.append(Int32(id)) }
        var next = 0
        while next < order.count {
            let id = Int(order[next])
            next += 1
            for entry in providers.range(of: id) {
                let provider = Int(providers.neighbours[entry])
                pending[provider] -= 1
                if pending[provider] == 0 { order.append(Int32(provider)) }
            }
        }
        guard order.count < count else { return order }
        // Some AS is its own indirect provider: follow unresolved providers until one repeats.
        var seen = [Int: Int]()
        var id = pending.firstIndex { $0 > 0 } ?? 0
        var steps = [Int]()
        while seen[id] == nil {
            seen[id] = steps.count
            let entry = providers.range(of: id).first { pending[Int(providers.neighbours[$0])] > 0 } ?? 0
            steps.append(Int(providers.linkIndex[entry]))
            id = Int(providers.neighbours[entry])
        }
        let cycle = steps[(seen[id] ?? 0)...].map { links[$0] }
        let lines = cycle.map { String($0.line) }.joined(separator: ", ")
        let message = "provider-customer cycle through \(cycle.map(\.first.description).joined(separator: ", ")) (lines \(lines))"
        throw InputErrors([InputError(file: file, line: cycle.first?.line, field: "provider", message: message)])
    }
}
