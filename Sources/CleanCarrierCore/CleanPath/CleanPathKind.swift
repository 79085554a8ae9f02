/// The two kinds of path CleanCarrier traces.
public enum CleanPathKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A BGP route between ASes.
    case data
    /// A call through voice route tables.
    case call
}

/// Where a network sits on a path: at one of its ends (the source or the destination), or crossed in between.
public enum CleanPathPosition: String, Hashable, Sendable, Codable {
    case end, transit
}
