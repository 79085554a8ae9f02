extension RoutingTree {
    /// A route offered to an AS: its next hop, path length and relationship.
    public typealias Offer = (nextHop: Int, length: UInt16, relationship: RouteRelationship)

    /// The best route an AS's neighbours offer it in this tree, whether or not the AS itself took part: customers'
    /// and peers' customer routes, any provider's route; preferred as in BGPy. It resolves leaves left out of a
    /// propagation, and tells whether an AS removed from the run could still reach the origin.
    /// - Parameters:
    ///   - id: a dense AS id, other than the origin.
    ///   - graph: the graph the tree was computed on.
    /// - Returns: the offer, or `nil` when no neighbour offers a route.
    public func offeredRoute(to id: Int, in graph: ASGraph) -> Offer? {
        let silent = Int32(graph.silentID)
        if let hop = self.shortest(graph.customers(of: id), upwardOnly: true, silent: silent) {
            return (hop, self.pathLength[hop] + 1, .customers)
        }
        if let hop = self.shortest(graph.peers(of: id), upwardOnly: true, silent: silent) {
            return (hop, self.pathLength[hop] + 1, .peers)
        }
        if let hop = self.shortest(graph.providers(of: id), upwardOnly: false, silent: silent) {
            return (hop, self.pathLength[hop] + 1, .providers)
        }
        return nil
    }

    /// The neighbour with the shortest route it would export (the lowest id among equals; slices are ascending).
    private func shortest(_ neighbours: ArraySlice<Int32>, upwardOnly: Bool, silent: Int32) -> Int? {
        var best = -1
        for neighbour32 in neighbours where neighbour32 != silent {
            let neighbour = Int(neighbour32)
            let relationship = self.relationship[neighbour]
            guard upwardOnly ? relationship.isExportedUpward : relationship != .none else { continue }
            if best < 0 || self.pathLength[neighbour] < self.pathLength[best] { best = neighbour }
        }
        return best >= 0 ? best : nil
    }
}
