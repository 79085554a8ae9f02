import Foundation

/// Every carrier's voice routes in force on a day (and, optionally, at one instant of it), indexed for longest-prefix
/// match per carrier.
///
/// Entities are interned to `Int32`; each (carrier, prefix) maps by one hash look-up to its next hops, already
/// ordered (priority, then weight, then next-hop id). A match tries only the prefix lengths the carrier uses,
/// longest first, so a hop costs at most 15 look-ups whatever the table's size.
public struct VoiceRouteTable: Sendable {
    struct Key: Hashable {
        var carrier: Int32
        var packed: UInt64
    }

    /// The routes in force, in input order; indexes below point into it.
    public let routes: [VoiceRoute]
    /// Interned entities (carriers and next hops).
    let entities: [EntityID]
    let entityIndex: [EntityID: Int32]
    /// Per (carrier, packed prefix), the range of `ordered` holding its next hops.
    let groups: [Key: Range<Int32>]
    /// Route indexes, grouped and ordered.
    let ordered: [Int32]
    /// The interned next hop of each entry of `ordered`.
    let orderedHops: [Int32]
    /// Per entity, bit `n` set when the carrier has a prefix of `n` digits.
    let lengthMasks: [UInt16]

    /// Indexes the routes of `routes` in force on `day` (every route when `day` is `nil`) and, when `instant` is given,
    /// used at that instant: routes with a time window that does not hold it are left out.
    public init(_ routes: [VoiceRoute], asOf day: Day? = nil, at instant: Date? = nil) {
        let routes = routes.filter { route in
            (day.map { route.validity.contains($0) } ?? true) && (instant.flatMap { at in route.window.map { $0.contains(at) } } ?? true)
        }
        var entityIndex: [EntityID: Int32] = [:]
        var entities: [EntityID] = []
        func intern(_ id: EntityID) -> Int32 {
            if let index = entityIndex[id] { return index }
            entityIndex[id] = Int32(entities.count)
            entities.append(id)
            return Int32(entities.count - 1)
        }
        var buckets: [Key: [Int32]] = [:]
        for (index, route) in routes.enumerated() {
            let key = Key(carrier: intern(route.carrier), packed: Self.pack(route.prefix.digits.utf8))
            _ = intern(route.nextHop)
            buckets[key, default: []].append(Int32(index))
        }
        var masks = [UInt16](repeating: 0, count: entities.count)
        var groups: [Key: Range<Int32>] = [:]
        var ordered: [Int32] = []
        ordered.reserveCapacity(routes.count)
        for (key, members) in buckets {
            let start = Int32(ordered.count)
            ordered += members.sorted { routes[Int($0)].precedes(routes[Int($1)]) }
            groups[key] = start..<Int32(ordered.count)
            masks[Int(key.carrier)] |= 1 << UInt16(key.packed & 0xF)
        }
        self.routes = routes
        self.entities = entities
        self.entityIndex = entityIndex
        self.groups = groups
        self.ordered = ordered
        self.orderedHops = ordered.map { entityIndex[routes[Int($0)].nextHop] ?? 0 }
        self.lengthMasks = masks
    }

    /// Every carrier or next hop named by a route in force.
    public var entityIDs: [EntityID] { self.entities }

    /// The next hops of `carrier` for `digits` (E.164 digits), in the order they are tried; empty when no
    /// prefix of `digits` is in the carrier's table.
    public func nextHops(from carrier: EntityID, toDigits digits: some StringProtocol) -> [VoiceRoute] {
        guard let index = self.entityIndex[carrier], let group = self.match(index, Self.packedPrefixes(digits.utf8)) else { return [] }
        return group.map { self.routes[Int(self.ordered[Int($0)])] }
    }

    /// The longest-prefix group of `carrier` for a number given as `packedPrefixes(_:)`.
    @inline(__always)
    func match(_ carrier: Int32, _ prefixes: [UInt64]) -> Range<Int32>? {
        var mask = self.lengthMasks[Int(carrier)] & ((UInt16(2) << UInt16(prefixes.count)) &- 1)
        while mask != 0 {
            let length = 15 - mask.leadingZeroBitCount
            if let group = self.groups[Key(carrier: carrier, packed: prefixes[length - 1])] { return group }
            mask &= ~(1 << UInt16(length))
        }
        return nil
    }

    /// `packed` values of the first 1...15 digits of a number, element `n - 1` for `n` digits.
    static func packedPrefixes(_ digits: some Sequence<UInt8>) -> [UInt64] {
        var result: [UInt64] = []
        var value: UInt64 = 0
        for byte in digits.prefix(E164Prefix.maximumLength) {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { break }
            value = value * 10 + UInt64(digit)
            result.append(value << 4 | UInt64(result.count + 1))
        }
        return result
    }

    /// A prefix's value and length in one integer: `digits << 4 | length` (15 digits fit in 50 bits).
    static func pack(_ digits: some Sequence<UInt8>) -> UInt64 { Self.packedPrefixes(digits).last ?? 0 }
}
