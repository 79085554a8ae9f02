/// The declared equipment of every carrier, keyed by carrier: an element declared for an ASN belongs to the ASN's
/// registry holder (or to the ASN itself when the registry does not know it), one declared for an entity to that entity.
public struct EquipmentInventory: Sendable {
    /// The elements of each carrier, in dataset and line order.
    public let elements: [PartyRef: [EquipmentElement]]
    private let index: RegistryIndex
    private let day: Day

    /// Indexes `elements` by carrier, with the holders of ASNs on `day`.
    public init(_ elements: [EquipmentElement], index: RegistryIndex, day: Day) {
        self.index = index
        self.day = day
        var byCarrier: [PartyRef: [EquipmentElement]] = [:]
        for element in elements {
            byCarrier[Self.carrier(of: element.network, index: index, day: day), default: []].append(element)
        }
        self.elements = byCarrier.mapValues { $0.sorted { ($0.origin.dataset, $0.origin.line ?? 0) < ($1.origin.dataset, $1.origin.line ?? 0) } }
    }

    /// The carrier a network belongs to: an ASN's registry holder, else the network itself.
    public func carrier(of network: PartyRef) -> PartyRef {
        Self.carrier(of: network, index: self.index, day: self.day)
    }

    /// The declared elements of the carrier of `network`; `nil` when that carrier declared no inventory.
    public func declaredElements(of network: PartyRef) -> [EquipmentElement]? {
        self.elements[self.carrier(of: network)]
    }

    /// Every carrier that declared an inventory, in reference order.
    public var carriers: [PartyRef] { self.elements.keys.sorted() }

    private static func carrier(of network: PartyRef, index: RegistryIndex, day: Day) -> PartyRef {
        guard case .network(let asn) = network, let holder = index.holder(of: asn, on: day) else { return network }
        return .entity(holder.holder)
    }
}
