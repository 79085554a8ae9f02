/// Whether a path, or a carrier, is clean: never `clean` by default, only when every hop was checked and passed.
public enum CleanPathVerdict: String, Hashable, Sendable, Codable, CaseIterable, Comparable {
    /// No hop is an untrusted carrier and no hop's network has untrusted vendors' equipment in service that the path uses.
    case clean
    /// Some hop is an untrusted carrier, or uses untrusted vendors' equipment.
    case notClean = "not-clean"
    /// Nothing found against it, but some hop's carrier declared no equipment inventory (or there is no path).
    case unknown

    /// `clean`, `not clean` or `unknown`.
    public var title: String { self == .notClean ? "not clean" : self.rawValue }

    /// The verdict of several paths (or hops) together: not clean when any is, else unknown when any is, else clean;
    /// unknown when there are none.
    public static func combining(_ verdicts: some Sequence<CleanPathVerdict>) -> CleanPathVerdict {
        var combined: CleanPathVerdict?
        for verdict in verdicts { combined = max(combined ?? verdict, verdict) }
        return combined ?? .unknown
    }

    /// Orders by how much a verdict outweighs another when combined: clean < unknown < not clean.
    public static func < (lhs: CleanPathVerdict, rhs: CleanPathVerdict) -> Bool { lhs.weight < rhs.weight }

    private var weight: Int {
        switch self {
        case .clean: 0
        case .unknown: 1
        case .notClean: 2
        }
    }
}
