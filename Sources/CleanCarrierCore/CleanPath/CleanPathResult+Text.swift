extension CleanPathResult {
    /// The verdict as `cleancarrier path check` prints it: the overall verdict, then each branch with its hops, verdict
    /// and every reason (with its record and trust chains).
    public var text: String {
        var out = "Clean Path from \(self.from) to \(self.to) (\(self.kind.rawValue) path) as of \(self.asOf): \(self.verdict.title.uppercased())\n"
        for branch in self.branches {
            out += "  \(branch.label): \(branch.hops.map(\.ref).joined(separator: " → ")): \(branch.verdict.title)\n"
            for reason in branch.reasons {
                out += "    - \(reason.summary)\n"
                for chain in reason.trustChains { out += "        trust: \(chain)\n" }
            }
        }
        if self.branches.isEmpty { out += "  no path: nothing to judge\n" }
        return out
    }
}
