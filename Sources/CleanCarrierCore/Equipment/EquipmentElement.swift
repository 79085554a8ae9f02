/// One network element, or class of elements, of a carrier's equipment inventory (docs/FORMATS.md, "Equipment").
public struct EquipmentElement: Hashable, Sendable, Codable {
    /// The network the element serves: a registry entity or an ASN.
    public var network: PartyRef
    /// The site or facility, e.g. `Dallas core site` or `Equinix DA1`.
    public var site: String
    public var role: EquipmentRole
    /// The finer kind, when declared; `nil` counts as used by every path through the network.
    public var kind: EquipmentKind?
    /// The vendor, a registry entity.
    public var vendor: EntityID
    /// The vendor's model or product line.
    public var model: String
    /// The first day in service.
    public var inService: Day
    /// The first day out of service, when removed.
    public var removed: Day?
    /// The day by which the carrier plans to have replaced it, when it has a plan.
    public var replacementPlan: Day?
    /// Where the record came from.
    public var origin: RecordOrigin

    public init(
        network: PartyRef,
        site: String,
        role: EquipmentRole,
        kind: EquipmentKind? = nil,
        vendor: EntityID,
        model: String,
        inService: Day,
        removed: Day? = nil,
        replacementPlan: Day? = nil,
        origin: RecordOrigin
    ) {
        self.network = network
        self.site = site
        self.role = role
        self.kind = kind
        self.vendor = vendor
        self.model = model
        self.inService = inService
        self.removed = removed
        self.replacementPlan = replacementPlan
        self.origin = origin
    }

    /// Whether the element is in service on `day`: put in service on or before it, and not removed on or before it.
    public func isInService(on day: Day) -> Bool {
        Validity(from: self.inService, to: self.removed).contains(day)
    }

    /// Whether its replacement plan date has come by `day` (and the element is still in service).
    public func isOverdue(on day: Day) -> Bool {
        self.isInService(on: day) && (self.replacementPlan.map { $0 <= day } ?? false)
    }

    /// Whether a path of `path` kind uses this element when its network is at `position`.
    public func isUsed(on path: CleanPathKind, at position: CleanPathPosition) -> Bool {
        self.kind?.isUsed(on: path, at: position) ?? true
    }

    /// `transmission/ran at Dallas core site, AAU5613 (in service since 2019-04-01, replacement planned by 2024-12-31)`.
    public var detail: String {
        var text = "\(self.role.rawValue)\(self.kind.map { "/\($0.rawValue)" } ?? "") at \(self.site), \(self.model)"
        text += " (in service since \(self.inService)"
        if let removed { text += ", removed on \(removed)" }
        if let replacementPlan { text += ", replacement planned by \(replacementPlan)" }
        return text + ")"
    }
}
