extension CallTrace {
    /// A human-readable report: the matched range, then one line per branch (primary first) with its outcome,
    /// each hop's trust mark (`!` untrusted) and failover rank (`#2` = second choice), and where it enters an
    /// untrusted carrier.
    public var text: String {
        var lines = ["call from \(self.origin) to \(self.number)"]
        if let range = self.range {
            let entity = range.entity.map { " (\($0))" } ?? ""
            lines.append("terminating range \(range.prefix): \(range.carrier)\(entity)")
        } else {
            lines.append("terminating range: none matches")
        }
        for branch in self.branches {
            let label = branch.isPrimary ? "primary " : "failover"
            lines.append("\(label) \(branch.outcome.rawValue): \(branch.hops.map(Self.describe).joined(separator: " -> "))")
            if let entry = branch.untrustedEntry {
                let by = entry.handedOverBy.map { "handed over by \($0)" } ?? "originates there"
                let route =
                    entry.route.map { route in
                        " (route prefix \(route.prefix), priority \(route.priority), line \(route.line)\(route.window.map { ", used \($0)" } ?? ""))"
                    } ?? ""
                lines.append("         enters untrusted \(entry.entity), \(by)\(route)")
            }
        }
        if self.truncated { lines.append("(more branches left out at the branch limit)") }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ hop: CallHop) -> String {
        var text = hop.entity.rawValue
        if hop.rank > 0 { text += " #\(hop.rank + 1)" }
        if let trust = hop.trust {
            let marks = [trust.isUntrusted ? "! untrusted" : nil, trust.country].compactMap { $0 }
            if !marks.isEmpty { text += " [\(marks.joined(separator: ", "))]" }
        }
        return text
    }
}
