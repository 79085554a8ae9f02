/// The three rounds of one propagation, on raw buffers (the hot loop of ``RoutePropagator``).
struct PropagationState {
    /// Read-only views of the graph.
    struct GraphView {
        let providerStart: UnsafeBufferPointer<Int32>
        let providers: UnsafeBufferPointer<Int32>
        let peerStart: UnsafeBufferPointer<Int32>
        let peers: UnsafeBufferPointer<Int32>
        let customerStart: UnsafeBufferPointer<Int32>
        let coreDownOrder: UnsafeBufferPointer<Int32>
        /// The leaves to resolve at the end, or empty to leave them without routes.
        let leaves: UnsafeBufferPointer<Int32>
        /// Excluded ASes, or empty.
        let isOut: UnsafeBufferPointer<Bool>
    }

    /// The route arrays being filled; all entries start as "no route".
    struct RouteView {
        let nextHop: UnsafeMutableBufferPointer<Int32>
        let length: UnsafeMutableBufferPointer<UInt16>
        let relationship: UnsafeMutableBufferPointer<RouteRelationship>
        /// Routed ids in the order they got a route; `count` entries of room.
        let order: UnsafeMutableBufferPointer<Int32>
    }

    let origin: Int
    /// AS 0's id, whose routes nobody accepts, or -1.
    let silent: Int
    /// How many ASes have a route so far.
    private(set) var routed = 0

    init(origin: Int, silent: Int) {
        self.origin = origin
        self.silent = silent
    }

    /// Clears the routes of the previous run, whose ids head `order`.
    func reset(previous: Int, _ routes: RouteView) {
        for position in 0..<previous {
            let id = Int(routes.order[position])
            routes.nextHop[id] = -1
            routes.length[id] = 0
            routes.relationship[id] = .none
        }
    }

    mutating func run(graph: GraphView, routes: RouteView) {
        let hasExclusions = !graph.isOut.isEmpty
        routes.order[0] = Int32(self.origin)
        routes.relationship[self.origin] = .origin
        routes.length[self.origin] = 1
        self.routed = 1

        // Up: breadth-first from the origin over provider links, so each AS takes its shortest customer route with
        // the lowest customer id (= ASN) among equals; BGPy's rank order gives the same choice.
        var head = 0
        while head < self.routed {
            let sender = Int(routes.order[head])
            head += 1
            if sender == self.silent { continue }
            let offered = routes.length[sender] + 1
            for entry in Int(graph.providerStart[sender])..<Int(graph.providerStart[sender + 1]) {
                let receiver = Int(graph.providers[entry])
                if hasExclusions, graph.isOut[receiver] { continue }
                switch routes.relationship[receiver] {
                case .none:
                    self.assign(receiver, from: sender, length: offered, as: .customers, routes)
                case .customers where routes.length[receiver] == offered && Int32(sender) < routes.nextHop[receiver]:
                    routes.nextHop[receiver] = Int32(sender)
                default: break
                }
            }
        }

        // Across: every AS with a customer route (or the origin) offers it to its peers, once. Leaves are resolved
        // last: they pass routes to nobody.
        for position in 0..<self.routed {
            let sender = Int(routes.order[position])
            if sender == self.silent { continue }
            let offered = routes.length[sender] + 1
            for entry in Int(graph.peerStart[sender])..<Int(graph.peerStart[sender + 1]) {
                let receiver = Int(graph.peers[entry])
                if graph.customerStart[receiver] == graph.customerStart[receiver + 1] { continue }
                if hasExclusions, graph.isOut[receiver] { continue }
                switch routes.relationship[receiver] {
                case .none:
                    self.assign(receiver, from: sender, length: offered, as: .peers, routes)
                case .peers
                where offered < routes.length[receiver] || (offered == routes.length[receiver] && Int32(sender) < routes.nextHop[receiver]):
                    routes.length[receiver] = offered
                    routes.nextHop[receiver] = Int32(sender)
                default: break
                }
            }
        }

        // Down: from the top rank, each AS still without a route takes its best provider's route.
        for receiverID in graph.coreDownOrder {
            let receiver = Int(receiverID)
            if routes.length[receiver] != 0 { continue }
            if hasExclusions, graph.isOut[receiver] { continue }
            self.takeProviderRoute(receiver, graph, routes)
        }

        // Leaves: the best peer's customer route, else the best provider's route.
        for receiverID in graph.leaves {
            let receiver = Int(receiverID)
            if routes.length[receiver] != 0 { continue }
            if hasExclusions, graph.isOut[receiver] { continue }
            var best = -1
            var bestLength = UInt16.max
            for entry in Int(graph.peerStart[receiver])..<Int(graph.peerStart[receiver + 1]) {
                let sender = Int(graph.peers[entry])
                let length = routes.length[sender]
                if length != 0, length < bestLength, routes.relationship[sender].isExportedUpward, sender != self.silent {
                    best = sender
                    bestLength = length
                }
            }
            if best >= 0 {
                self.assign(receiver, from: best, length: bestLength + 1, as: .peers, routes)
            } else {
                self.takeProviderRoute(receiver, graph, routes)
            }
        }
    }

    /// Gives an AS its best provider's route, if any provider has one (providers are sorted by id, so the first of
    /// the shortest is the lowest ASN).
    @inline(__always)
    private mutating func takeProviderRoute(_ receiver: Int, _ graph: GraphView, _ routes: RouteView) {
        var best = -1
        var bestLength = UInt16.max
        for entry in Int(graph.providerStart[receiver])..<Int(graph.providerStart[receiver + 1]) {
            let sender = Int(graph.providers[entry])
            let length = routes.length[sender]
            if length != 0, length < bestLength, sender != self.silent {
                best = sender
                bestLength = length
            }
        }
        if best >= 0 { self.assign(receiver, from: best, length: bestLength + 1, as: .providers, routes) }
    }

    @inline(__always)
    private mutating func assign(_ receiver: Int, from sender: Int, length: UInt16, as relationship: RouteRelationship, _ routes: RouteView) {
        routes.relationship[receiver] = relationship
        routes.length[receiver] = length
        routes.nextHop[receiver] = Int32(sender)
        routes.order[self.routed] = Int32(receiver)
        self.routed += 1
    }
}
