/// The relationship of the neighbour a route was learned from; raw values are BGPy's (higher is preferred).
public enum RouteRelationship: UInt8, Hashable, Sendable, Comparable, CaseIterable {
    /// No route.
    case none = 0
    /// Learned from a provider.
    case providers = 1
    /// Learned from a peer.
    case peers = 2
    /// Learned from a customer.
    case customers = 3
    /// The AS originates the destination.
    case origin = 4

    /// BGPy's name: `ORIGIN`, `CUSTOMERS`, `PEERS`, `PROVIDERS` (and `NONE` for no route).
    public var name: String {
        switch self {
        case .none: "NONE"
        case .providers: "PROVIDERS"
        case .peers: "PEERS"
        case .customers: "CUSTOMERS"
        case .origin: "ORIGIN"
        }
    }

    /// Whether a route learned this way is exported to providers and peers (customer routes and the origin's own).
    public var isExportedUpward: Bool { self.rawValue >= RouteRelationship.customers.rawValue }

    /// Orders by preference: a less preferred relationship is smaller.
    public static func < (lhs: RouteRelationship, rhs: RouteRelationship) -> Bool { lhs.rawValue < rhs.rawValue }
}
