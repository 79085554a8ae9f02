/// A readable answer to "is this network or entity untrusted on this day, and why".
public struct TrustExplanation: Sendable, Codable, Hashable {
    public var subject: String
    public var day: Day
    /// The entity the answer is about (the ASN's holder for a network).
    public var holder: Entity?
    /// How the ASN is tied to its holder, for a network.
    public var identifier: Identifier?
    public var untrusted: Bool
    /// The chains in force on `day`.
    public var chains: [String]
    /// Chains of designations that reach the subject on other days, with why they do not count on `day`.
    public var otherDays: [String]

    /// Explains `subject` (an ASN like `AS36678`, or an entity id) on `day`.
    /// - Returns: `nil` when the registry knows neither.
    public static func explain(_ subject: String, on day: Day, resolver: TrustResolver) -> TrustExplanation? {
        let index = resolver.index
        var prefix: String
        let holder: Entity
        var identifier: Identifier?
        if let asn = ASN(parsing: subject), subject.first?.isLetter == true || subject.allSatisfy(\.isNumber) {
            guard let tie = index.holder(of: asn, on: day) ?? index.asnHolders[asn]?.first, let entity = index.entities[tie.holder] else { return nil }
            identifier = tie
            holder = entity
            prefix = "\(asn) → \(entity.name)"
        } else {
            guard let entity = index.entities[EntityID(subject)] else { return nil }
            holder = entity
            prefix = entity.name
        }
        let verdict = resolver.verdict(on: holder.id, day: day)
        if let identifier, !identifier.validity.contains(day) {
            prefix += " (tie not valid on \(day))"
        }
        let chains = verdict.reasons.map { TrustChainRenderer.render($0, prefix: prefix, entities: index.entities) }
        let otherDays = verdict.notInForce.map { reason in
            let designation = reason.designation
            let why = day < designation.effective ? "not yet in force on \(day)" : "ended \(designation.end.map(\.description) ?? "")"
            return "\(why): " + TrustChainRenderer.render(reason, prefix: prefix, entities: index.entities)
        }
        return TrustExplanation(
            subject: subject, day: day, holder: holder, identifier: identifier, untrusted: verdict.isUntrusted, chains: chains,
            otherDays: otherDays)
    }

    /// The explanation as lines of text.
    public var text: String {
        var lines = ["\(self.subject) on \(self.day): \(self.untrusted ? "UNTRUSTED" : "trusted")"]
        if let holder {
            lines.append("  holder: \(holder.name) (\(holder.id), \(holder.country))")
        }
        if let identifier {
            lines.append("  tie: \(identifier.source) (confidence \(identifier.confidence.rawValue))")
        }
        if self.chains.isEmpty {
            lines.append("  no designation in force on \(self.day) reaches it")
        } else {
            lines.append("  because:")
            lines += self.chains.map { "  - \($0)" }
        }
        if !self.otherDays.isEmpty {
            lines.append("  designations that reach it on other days:")
            lines += self.otherDays.map { "  - \($0)" }
        }
        return lines.joined(separator: "\n")
    }
}
