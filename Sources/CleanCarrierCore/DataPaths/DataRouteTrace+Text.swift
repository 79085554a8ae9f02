extension DataRouteTrace {
    /// The trace as `cleancarrier trace data` prints it: the route, each hop with its role, verdict and trust chains,
    /// then the failover route if the first link fails.
    public var text: String {
        var lines = ["Route from \(self.source.label) to \(self.destination.label) as of \(self.asOf):"]
        lines += Self.lines(self.primary)
        lines.append("Failover if the link \(self.source.ref)–\(self.failedNextHop) fails:")
        lines += self.failover.isEmpty ? ["  none: \(self.source.ref) is cut off from \(self.destination.ref)"] : Self.lines(self.failover)
        return lines.map { $0 + "\n" }.joined()
    }

    private static func lines(_ hops: [Hop]) -> [String] {
        hops.enumerated().flatMap { index, hop in
            ["  \(index + 1). \(hop.party.label) [\(hop.role.rawValue)] \(hop.party.untrusted ? "UNTRUSTED" : "trusted")"]
                + hop.trustChains.map { "       \($0)" }
                + (hop.cables.map { cables in
                    ["       cables for the hop: \(cables.isEmpty ? "none in the cable map" : cables.map(\.label).joined(separator: "; "))"]
                } ?? [])
        }
    }
}
