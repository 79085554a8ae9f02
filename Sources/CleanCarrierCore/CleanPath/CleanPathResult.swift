/// The Clean Path verdict of a traced path and each of its branches: what `cleancarrier path check` prints and
/// `GET /paths/check` returns.
public struct CleanPathResult: Hashable, Sendable, Codable {
    public var kind: CleanPathKind
    /// The source, as asked (`AS7018`, `att`).
    public var from: String
    /// The destination, as asked (`AS4134`, `1.12.0.0/14`, `+85244123456`).
    public var to: String
    /// The day trust verdicts and equipment in service hold on.
    public var asOf: Day
    /// Clean only when every branch is.
    public var verdict: CleanPathVerdict
    /// The primary route first, then every failover branch.
    public var branches: [CleanPathBranch]

    public init(kind: CleanPathKind, from: String, to: String, asOf: Day, branches: [CleanPathBranch]) {
        self.kind = kind
        self.from = from
        self.to = to
        self.asOf = asOf
        self.branches = branches
        self.verdict = CleanPathVerdict.combining(branches.map(\.verdict))
    }
}
