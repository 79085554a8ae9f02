/// A regulatory instrument naming an entity as untrusted, in force from a date.
public struct Designation: Hashable, Sendable, Codable {
    /// The kinds of instrument that designate an entity.
    public enum Instrument: String, Hashable, Sendable, Codable, CaseIterable {
        /// The FCC Covered List (47 CFR 1.50002).
        case coveredList = "covered-list"
        case section214Revocation = "section-214-revocation"
        case section214Denial = "section-214-denial"
        /// The State Department's Clean Carrier listing of 2020-08-05.
        case cleanCarrier = "clean-carrier"
        /// A designation a regulator makes itself.
        case regulatorDefined = "regulator-defined"
        /// The FCC's submarine cable rules (FCC 25-49, 47 CFR 1.70004): cable landing applications of foreign-adversary
        /// controlled or Covered List parties, and their affiliates and subsidiaries, are presumptively denied.
        case submarineCableRules = "submarine-cable-rules"

        /// How the instrument reads in a report.
        public var title: String {
            switch self {
            case .coveredList: "Covered List"
            case .section214Revocation: "Section 214 revocation"
            case .section214Denial: "Section 214 denial"
            case .cleanCarrier: "Clean Carrier listing"
            case .regulatorDefined: "Regulator designation"
            case .submarineCableRules: "FCC submarine cable rules"
            }
        }
    }

    /// A stable id, unique in the registry.
    public var id: String
    public var entity: EntityID
    public var instrument: Instrument
    /// The first day in force.
    public var effective: Day
    /// The first day no longer in force, when it has ended.
    public var end: Day?
    public var citation: String
    /// Whether the designation also covers the entity's subsidiaries and affiliates.
    public var extendsToAffiliates: Bool
    /// The ownership share, in percent, above which the instrument makes an affiliate (e.g. 10 for the FCC's
    /// foreign-adversary rules); `nil` for the evaluation's default (50%).
    public var affiliateThreshold: Double?

    public init(
        id: String,
        entity: EntityID,
        instrument: Instrument,
        effective: Day,
        end: Day? = nil,
        citation: String,
        extendsToAffiliates: Bool,
        affiliateThreshold: Double? = nil
    ) {
        self.id = id
        self.entity = entity
        self.instrument = instrument
        self.effective = effective
        self.end = end
        self.citation = citation
        self.extendsToAffiliates = extendsToAffiliates
        self.affiliateThreshold = affiliateThreshold
    }

    /// Whether the designation is in force on `day`.
    public func isInForce(on day: Day) -> Bool {
        day >= self.effective && (self.end.map { day < $0 } ?? true)
    }
}
