/// CC-5: submarine cables that land in the home country, on the evaluation's day (planned and retired cables only
/// inside their dates).
///
/// - (a) a cable has an untrusted owner or landing party: **violation**, one finding per cable and untrusted entity;
/// - (b) a home-country carrier's declared circuits ride such a cable: **exposure**, one per carrier and cable;
/// - (c) a cable lands both in the home country and in PRC territory (CN, HK, MO): **direct-link**, one per cable;
/// - owners that map to no registry entity are listed for review in one **notice**, never dropped.
public struct CableRule: EvaluationRule {
    public init() {}

    public func findings(in context: EvaluationContext) -> [Finding] {
        guard let map = context.snapshot.cables else { return [] }
        let home = context.homeCountry
        let assessor = CableAssessor(map: map, index: context.index, untrusted: context.untrusted.entities, day: context.snapshot.asOf)
        let landing = assessor.assessments(landingIn: home).filter(\.inService)
        var findings: [Finding] = []
        var flagged: [String: CableAssessment] = [:]
        for assessment in landing {
            let untrusted = !assessment.untrustedHolders.isEmpty
            let cable = Self.party(for: assessment, home: home, untrusted: untrusted)
            if untrusted { flagged[assessment.cable.id] = assessment }
            findings += self.ownership(assessment, cable: cable, context: context)
            if let direct = self.directLink(assessment, cable: cable, context: context) { findings.append(direct) }
        }
        findings += self.circuits(on: flagged, context: context)
        if let review = self.unmappedOwners(of: landing, home: home) { findings.append(review) }
        return findings
    }

    /// How a finding names a cable: `cable:faster (FASTER, US)`.
    static func party(for assessment: CableAssessment, home: String, untrusted: Bool) -> Party {
        Party(ref: "cable:\(assessment.cable.id)", name: assessment.cable.name, country: home, untrusted: untrusted)
    }

    /// (a): one violation per untrusted entity among the cable's owners and landing parties.
    private func ownership(_ assessment: CableAssessment, cable: Party, context: EvaluationContext) -> [Finding] {
        var byEntity: [EntityID: [CableAssessment.Holder]] = [:]
        for holder in assessment.untrustedHolders {
            if let entity = holder.entity { byEntity[entity, default: []].append(holder) }
        }
        return byEntity.keys.sorted().compactMap { entity -> Finding? in
            guard let holders = byEntity[entity], let first = holders.first else { return nil }
            let counterpart = context.party(for: entity)
            let owns = holders.contains { $0.role == .owner }
            let lands = holders.filter { $0.role != .owner }
            let verb = owns && !lands.isEmpty ? "owned in part and landed by" : owns ? "owned in part by" : "landed by"
            let names = holders.map { $0.role == .owner ? "\"\($0.name)\" in the cable data" : $0.roleLabel }
            let summary =
                "Cable \(assessment.label(in: context.homeCountry)) is \(verb) untrusted \(counterpart.name ?? entity.rawValue) "
                + "(\(Set(names).sorted().joined(separator: "; ")))"
            var records = [Self.cableRecord(assessment)]
            for holder in holders {
                let how = holder.role == .owner ? "the registry alias or name of" : "the landing-party record of"
                records.append(
                    Evidence.Record(
                        basis: holder.role == .owner ? .inferred : .declared,
                        origin: holder.origin,
                        detail: "\(holder.roleLabel) \"\(holder.name)\" is \(entity) (\(first.entityName ?? entity.rawValue)), by \(how) the entity"
                    )
                )
            }
            return Finding(
                rule: .cable,
                severity: .violation,
                subject: cable,
                counterpart: counterpart,
                summary: summary,
                evidence: Evidence(
                    hops: [cable, counterpart],
                    records: records,
                    trustChains: holders.flatMap(\.chains),
                    places: Self.places(assessment)
                )
            )
        }
    }

    /// (c): the cable lands in PRC territory too.
    private func directLink(_ assessment: CableAssessment, cable: Party, context: EvaluationContext) -> Finding? {
        let prc = assessment.prcLandings
        guard let first = prc.first else { return nil }
        let counterpart = Party(ref: "landing:\(first.id)", name: first.name, country: first.country, untrusted: false)
        let home = assessment.landings(in: context.homeCountry).map(\.label).joined(separator: "; ")
        let summary =
            "Cable \(assessment.cable.name) (\(assessment.cable.status(on: assessment.day))) lands both in \(context.homeCountry) (\(home)) "
            + "and in PRC territory (\(prc.map(\.label).joined(separator: "; "))): a direct link"
        return Finding(
            rule: .cable,
            severity: .directLink,
            subject: cable,
            counterpart: counterpart,
            summary: summary,
            evidence: Evidence(
                hops: [cable, counterpart],
                records: [Self.cableRecord(assessment)],
                trustChains: assessment.untrustedHolders.flatMap(\.chains),
                places: Self.places(assessment)
            )
        )
    }

    /// The map's statement about the cable: owners and landing points.
    static func cableRecord(_ assessment: CableAssessment) -> Evidence.Record {
        let owners = assessment.cable.owners.map(\.name).joined(separator: ", ")
        let landings = assessment.landings.map(\.label).joined(separator: "; ")
        return Evidence.Record(
            basis: .declared,
            origin: assessment.cable.origin,
            detail:
                "\(assessment.cable.name), \(assessment.cable.status(on: assessment.day)): owners \(owners.isEmpty ? "not given" : owners); lands at \(landings)"
        )
    }

    /// The cable's landing points, for maps.
    static func places(_ assessment: CableAssessment) -> [Evidence.Place] {
        assessment.landings.map { Evidence.Place(ref: $0.id, name: $0.name, country: $0.country, latitude: $0.latitude, longitude: $0.longitude) }
    }
}
