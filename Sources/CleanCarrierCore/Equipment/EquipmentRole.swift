/// What a network element does, in the Clean Path's four words: transmission, control, computing or storage equipment.
public enum EquipmentRole: String, Hashable, Sendable, Codable, CaseIterable {
    case transmission, control, computing, storage
}

/// A finer kind of network element, which decides the paths that use it.
///
/// An end-to-end path uses everything of the networks at its ends (the caller's and the called party's access, core
/// and data centres); a network it only crosses lends it its transport, routing, switching and core, and, for a call,
/// its signalling. An element without a kind is taken to be used by every path through its network.
public enum EquipmentKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// Radio access (base stations, antennas): the access network at an end of a path.
    case ran
    /// Mobile or IMS core.
    case core
    /// Optical and microwave transport.
    case transport
    /// IP routers.
    case ipRouting = "ip-routing"
    /// Voice or packet switches.
    case switching
    /// SS7, Diameter or SIP signalling.
    case signalling
    /// Data-centre computing and storage.
    case dataCentre = "data-centre"

    /// Whether a path of `path` kind uses elements of this kind in a network at `position` on it.
    public func isUsed(on path: CleanPathKind, at position: CleanPathPosition) -> Bool {
        switch (self, position) {
        case (_, .end): true
        case (.ran, .transit), (.dataCentre, .transit): false
        case (.signalling, .transit): path == .call
        case (.core, .transit), (.transport, .transit), (.ipRouting, .transit), (.switching, .transit): true
        }
    }
}
