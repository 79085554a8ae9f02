/// Computes every AS's route toward one origin under Gao-Rexford policy, exactly as BGPy 13.0.13 plain BGP does.
///
/// Preference: customer > peer > provider routes, then the shorter AS path, then the lower next-hop ASN. Customer
/// routes (and the origin's own) are exported to everyone, peer and provider routes to customers only. As in BGPy,
/// routes first go up provider links (in propagation-rank order), then across one peer link, then down to customers;
/// a path holding AS 0 is refused. The propagator keeps its buffers, so a sweep over many origins does not allocate.
public struct RoutePropagator: Sendable {
    /// The graph routes are computed on.
    public let graph: ASGraph
    /// The routes of the last ``propagate(toward:excluding:includingLeaves:)`` call.
    public private(set) var tree: RoutingTree

    /// Creates a propagator with buffers sized for a graph.
    /// - Parameter graph: the AS graph.
    public init(graph: ASGraph) {
        self.graph = graph
        self.tree = RoutingTree(count: graph.count)
    }

    /// Computes the route of every AS toward an origin, replacing ``tree``.
    /// - Parameters:
    ///   - origin: the dense id of the origin AS.
    ///   - excluded: optional per-id flags of ASes taken out of the graph (what-if); the origin is never excluded.
    ///   - includingLeaves: `false` leaves ASes without customers (other than the origin) without routes: no other
    ///     route depends on theirs, and ``RoutingTree/offeredRoute(to:in:)`` gives any one of them on demand.
    public mutating func propagate(toward origin: Int, excluding excluded: [Bool]? = nil, includingLeaves: Bool = true) {
        let count = self.graph.count
        let previous = self.tree.order.count
        self.tree.order.append(contentsOf: repeatElement(0, count: count - self.tree.order.count))
        let out = excluded ?? []
        precondition(origin >= 0 && origin < count, "origin id out of range")
        precondition(out.isEmpty || out.count == count, "one exclusion flag per AS")
        var state = PropagationState(origin: origin, silent: self.graph.silentID)
        let graph = self.graph
        graph.providers.start.withUnsafeBufferPointer { providerStart in
            graph.providers.neighbours.withUnsafeBufferPointer { providers in
                graph.peers.start.withUnsafeBufferPointer { peerStart in
                    graph.peers.neighbours.withUnsafeBufferPointer { peers in
                        graph.customers.start.withUnsafeBufferPointer { customerStart in
                            graph.coreDownOrder.withUnsafeBufferPointer { coreDownOrder in
                                (includingLeaves ? graph.leaves : []).withUnsafeBufferPointer { leaves in
                                    out.withUnsafeBufferPointer { isOut in
                                        self.tree.nextHop.withUnsafeMutableBufferPointer { nextHop in
                                            self.tree.pathLength.withUnsafeMutableBufferPointer { length in
                                                self.tree.relationship.withUnsafeMutableBufferPointer { relationship in
                                                    self.tree.order.withUnsafeMutableBufferPointer { order in
                                                        let routes = PropagationState.RouteView(
                                                            nextHop: nextHop,
                                                            length: length,
                                                            relationship: relationship,
                                                            order: order
                                                        )
                                                        state.reset(previous: previous, routes)
                                                        state.run(
                                                            graph: .init(
                                                                providerStart: providerStart,
                                                                providers: providers,
                                                                peerStart: peerStart,
                                                                peers: peers,
                                                                customerStart: customerStart,
                                                                coreDownOrder: coreDownOrder,
                                                                leaves: leaves,
                                                                isOut: isOut
                                                            ),
                                                            routes: routes
                                                        )
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        self.tree.order.removeLast(count - state.routed)
        self.tree.origin = origin
    }
}
