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
    /// What the RIRs record about the ASN, for a network, when the store has it.
    public var registration: ASNRegistration?
    /// The ASN's published name (potaroo list), for a network, when the store has it.
    public var publishedName: ASName?
    /// ASNs the registry knows that share the ASN's RIR account (holder id), with their holders: a lead to review.
    public var sameAccount: [String]

    /// Explains `subject` (an ASN like `AS36678`, or an entity id) on `day`.
    ///
    /// An ASN the registry does not tie to any entity is still explained when the public registries know it: no
    /// designation can reach it, and the answer says who the RIR registered it to and what it is called.
    /// - Parameters:
    ///   - registration: the RIR registration of the ASN, when `subject` is one and the store has it.
    ///   - publishedName: the ASN's published name, when `subject` is one and the store has it.
    ///   - accountSiblings: the other ASNs of the same RIR account; those the registry ties to a holder are listed.
    /// - Returns: `nil` when neither the registry nor the public registries know the subject.
    public static func explain(
        _ subject: String,
        on day: Day,
        resolver: TrustResolver,
        registration: ASNRegistration? = nil,
        publishedName: ASName? = nil,
        accountSiblings: [ASN] = []
    ) -> TrustExplanation? {
        let index = resolver.index
        let sameAccount = accountSiblings.compactMap { sibling -> String? in
            guard let tie = index.holder(of: sibling, on: day) ?? index.asnHolders[sibling]?.first else { return nil }
            return "\(sibling) (\(index.entities[tie.holder]?.name ?? tie.holder.rawValue))"
        }
        var prefix: String
        let holder: Entity
        var identifier: Identifier?
        if let asn = Self.asn(in: subject) {
            guard let tie = index.holder(of: asn, on: day) ?? index.asnHolders[asn]?.first, let entity = index.entities[tie.holder] else {
                guard registration != nil || publishedName != nil else { return nil }
                return TrustExplanation(
                    subject: subject,
                    day: day,
                    holder: nil,
                    identifier: nil,
                    untrusted: false,
                    chains: [],
                    otherDays: [],
                    registration: registration,
                    publishedName: publishedName,
                    sameAccount: sameAccount
                )
            }
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
            subject: subject,
            day: day,
            holder: holder,
            identifier: identifier,
            untrusted: verdict.isUntrusted,
            chains: chains,
            otherDays: otherDays,
            registration: registration,
            publishedName: publishedName,
            sameAccount: sameAccount
        )
    }

    /// The ASN `subject` names (`AS36678`, `as36678` or `36678`), or `nil` for an entity id.
    public static func asn(in subject: String) -> ASN? {
        guard subject.first?.isLetter == true || subject.allSatisfy(\.isNumber) else { return nil }
        return ASN(parsing: subject)
    }

    /// The explanation as lines of text.
    public var text: String {
        var lines = ["\(self.subject) on \(self.day): \(self.untrusted ? "UNTRUSTED" : "trusted")"]
        if let holder {
            lines.append("  holder: \(holder.name) (\(holder.id), \(holder.country))")
        } else {
            lines.append("  not in the registry: \(self.publicRecord); no designation reaches it")
        }
        if let identifier {
            lines.append("  tie: \(identifier.source) (confidence \(identifier.confidence.rawValue))")
        }
        if !self.chains.isEmpty {
            lines.append("  because:")
            lines += self.chains.map { "  - \($0)" }
        } else if self.holder != nil {
            lines.append("  no designation in force on \(self.day) reaches it")
        }
        if !self.otherDays.isEmpty {
            lines.append("  designations that reach it on other days:")
            lines += self.otherDays.map { "  - \($0)" }
        }
        if self.holder != nil, self.registration != nil || self.publishedName != nil {
            lines.append("  public registries: \(self.publicRecord)")
        }
        if !self.sameAccount.isEmpty {
            let siblings = self.sameAccount.joined(separator: ", ")
            lines.append("  same RIR account as these registry ASNs (review whether their holder owns it too): \(siblings)")
        }
        return lines.joined(separator: "\n")
    }

    /// `registered to ARIN US (holder id …), name "…" (US)`, from what the public registries say.
    private var publicRecord: String {
        var parts: [String] = []
        if let registration {
            let holder = registration.holderID.map { " (holder id \($0))" } ?? ""
            parts.append("registered to \(registration.registryName) \(registration.country)\(holder)")
        } else {
            parts.append("no RIR registration in the store")
        }
        if let publishedName, !publishedName.name.isEmpty {
            parts.append("name \"\(publishedName.name)\"\(publishedName.country.map { " (\($0))" } ?? "")")
        }
        return parts.joined(separator: ", ")
    }
}
