/// Computes every AS's route toward one origin under Gao-Rexford policy, exactly as BGPy 13.0.13 plain BGP does.
///
/// Preference: customer > peer > provider routes, then the shorter AS path, then the lower next-hop ASN. Customer
/// routes (and the origin's own) are exported to everyone, peer and provider routes to customers only. As in BGPy,
/// routes first go up provider links (in propagation-rank order), then across one peer link, then down to customers;
/// a path holding AS 0 is refused. The propagator keeps its buffers, so a sweep over many origins does not allocate.
public struct RoutePropagator: Sendable {
    /// The graph routes are computed on.
    public let graph: ASGraph
    /// The routes of the last ``propagate(toward:excluding:)`` call.
    public private(set) var tree: RoutingTree
    /// The id of AS 0 when the graph holds it (its routes are never accepted), else -1.
    private let silentID: Int

    /// Creates a propagator with buffers sized for a graph.
    /// - Parameter graph: the AS graph.
    public init(graph: ASGraph) {
        self.graph = graph
        self.tree = RoutingTree(count: graph.count)
        self.silentID = graph.asns.first?.rawValue == 0 ? 0 : -1
    }

    /// Computes the route of every AS toward an origin, replacing ``tree``.
    /// - Parameters:
    ///   - origin: the dense id of the origin AS.
    ///   - excluded: optional per-id flags of ASes taken out of the graph (what-if); the origin is never excluded.
    public mutating func propagate(toward origin: Int, excluding excluded: [Bool]? = nil) {
        var nextHop = [Int32]()
        var length = [UInt16]()
        var relationship = [RouteRelationship]()
        var order = [Int32]()
        swap(&nextHop, &self.tree.nextHop)
        swap(&length, &self.tree.pathLength)
        swap(&relationship, &self.tree.relationship)
        swap(&order, &self.tree.order)
        for id in order {
            nextHop[Int(id)] = -1
            length[Int(id)] = 0
            relationship[Int(id)] = .none
        }
        order.removeAll(keepingCapacity: true)
        let isOut = excluded ?? []
        let hasExclusions = !isOut.isEmpty
        let silent = self.silentID

        // Up: breadth-first from the origin over provider links, so each AS takes its shortest customer route
        // with the lowest customer id (= ASN) among equals; BGPy's rank order gives the same choice.
        order.append(Int32(origin))
        relationship[origin] = .origin
        length[origin] = 1
        let providers = self.graph.providers
        var head = 0
        while head < order.count {
            let sender = Int(order[head])
            head += 1
            if sender == silent { continue }
            let offered = length[sender] + 1
            for entry in providers.range(of: sender) {
                let receiver = Int(providers.neighbours[entry])
                if hasExclusions, isOut[receiver], receiver != origin { continue }
                switch relationship[receiver] {
                case .none:
                    relationship[receiver] = .customers
                    length[receiver] = offered
                    nextHop[receiver] = Int32(sender)
                    order.append(Int32(receiver))
                case .customers where length[receiver] == offered && Int32(sender) < nextHop[receiver]:
                    nextHop[receiver] = Int32(sender)
                default: break
                }
            }
        }

        // Across: every AS with a customer route offers it to its peers, once.
        let peers = self.graph.peers
        for position in 0..<order.count {
            let sender = Int(order[position])
            if sender == silent { continue }
            let offered = length[sender] + 1
            for entry in peers.range(of: sender) {
                let receiver = Int(peers.neighbours[entry])
                if hasExclusions, isOut[receiver] { continue }
                switch relationship[receiver] {
                case .none:
                    relationship[receiver] = .peers
                    length[receiver] = offered
                    nextHop[receiver] = Int32(sender)
                    order.append(Int32(receiver))
                case .peers where offered < length[receiver] || (offered == length[receiver] && Int32(sender) < nextHop[receiver]):
                    length[receiver] = offered
                    nextHop[receiver] = Int32(sender)
                default: break
                }
            }
        }

        // Down: from the top rank, each AS still without a route takes its best provider's route.
        for receiverID in self.graph.upOrder.reversed() {
            let receiver = Int(receiverID)
            if relationship[receiver] != .none { continue }
            if hasExclusions, isOut[receiver] { continue }
            var best = -1
            var bestLength = UInt16.max
            for entry in providers.range(of: receiver) {
                let sender = Int(providers.neighbours[entry])
                if relationship[sender] == .none || sender == silent { continue }
                if length[sender] < bestLength {
                    best = sender
                    bestLength = length[sender]
                }
            }
            if best >= 0 {
                relationship[receiver] = .providers
                length[receiver] = bestLength + 1
                nextHop[receiver] = Int32(best)
                order.append(receiverID)
            }
        }

        self.tree.origin = origin
        swap(&nextHop, &self.tree.nextHop)
        swap(&length, &self.tree.pathLength)
        swap(&relationship, &self.tree.relationship)
        swap(&order, &self.tree.order)
    }
}
