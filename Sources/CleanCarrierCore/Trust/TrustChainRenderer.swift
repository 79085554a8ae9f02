/// Writes a trust reason as one readable chain, from the subject up to the designation.
public enum TrustChainRenderer {
    /// E.g. `AS4809 → China Telecom Corporation Limited → (owned 70.9% by) China Telecommunications Corporation → Clean Carrier listing 2020-08-05 [citation]`.
    /// - Parameters:
    ///   - reason: the designation and the ownership path down to the subject.
    ///   - prefix: how the chain starts (the subject, or a network and its holder).
    ///   - entities: names to show for entity ids.
    public static func render(_ reason: TrustVerdict.Reason, prefix: String, entities: [EntityID: Entity]) -> String {
        var parts = [prefix]
        for link in reason.links.reversed() {
            let how =
                if let share = link.share, !link.control {
                    "owned \(Self.percent(share)) by, over the \(Self.percent(reason.threshold)) threshold of \(reason.designation.instrument.title)"
                } else if let share = link.share {
                    "owned \(Self.percent(share)) by"
                } else if link.control { "controlled by" } else { "held by" }
            parts.append("(\(how)) \(entities[link.owner]?.name ?? link.owner.rawValue)")
        }
        let designation = reason.designation
        var tail = "\(designation.instrument.title) \(designation.effective)"
        if let end = designation.end { tail += " until \(end)" }
        parts.append("\(tail) [\(designation.citation)]")
        return parts.joined(separator: " → ")
    }

    private static func percent(_ share: Double) -> String {
        share == share.rounded() ? "\(Int(share))%" : "\(share)%"
    }
}
