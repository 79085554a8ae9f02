/// An AS path as a route collector saw it: from the collector's peer to the origin, prepending collapsed.
public struct ObservedPath: Hashable, Sendable {
    /// The AS sequence, collector peer first, origin last, each AS once in a row.
    public var path: [ASN]
    /// The announced prefix, e.g. `1.12.0.0/14`.
    public var prefix: String
    /// Whether the path ended in an AS_SET (aggregation), which was dropped: the last AS is then the aggregator, not
    /// the origin.
    public var endsInSet: Bool
    /// The 1-based line of the dump.
    public var line: Int

    public init(path: [ASN], prefix: String, endsInSet: Bool, line: Int) {
        self.path = path
        self.prefix = prefix
        self.endsInSet = endsInSet
        self.line = line
    }
}
