extension CableRule {
    /// (b): a home-country carrier's declared circuits on a flagged cable, one exposure per carrier and cable.
    func circuits(on flagged: [String: CableAssessment], context: EvaluationContext) -> [Finding] {
        var groups: [String: [DeclaredCircuit]] = [:]
        for circuit in context.snapshot.circuits where circuit.validity.contains(context.snapshot.asOf) && flagged[circuit.cable] != nil {
            groups["\(circuit.carrier.description) \(circuit.cable)", default: []].append(circuit)
        }
        return groups.keys.sorted().compactMap { key -> Finding? in
            guard let circuits = groups[key], let first = circuits.first, let assessment = flagged[first.cable] else { return nil }
            let carrier = context.party(for: first.carrier)
            guard context.isProtected(carrier) else { return nil }
            let cable = Self.party(for: assessment, home: context.homeCountry, untrusted: true)
            let owners = Set(assessment.untrustedHolders.compactMap(\.entity)).sorted().map { context.party(for: $0) }
            let ends = circuits.map { "\($0.endA)–\($0.endB)" }
            let summary =
                "\(carrier.label) declares \(circuits.count == 1 ? "a circuit" : "\(circuits.count) circuits") (\(ends.joined(separator: ", "))) "
                + "on cable \(assessment.cable.name), which untrusted \(owners.compactMap(\.name).joined(separator: ", ")) "
                + "\(owners.count == 1 ? "owns or lands" : "own or land") in part"
            let sorted = circuits.sorted { ($0.origin.dataset, $0.origin.line ?? 0) < ($1.origin.dataset, $1.origin.line ?? 0) }
            var records = sorted.map {
                Evidence.Record(basis: .declared, origin: $0.origin, detail: "declared circuit \($0.endA)–\($0.endB) on cable \($0.cable)", hop: 0)
            }
            var cableRecord = Self.cableRecord(assessment)
            cableRecord.hop = 1
            records.append(cableRecord)
            return Finding(
                rule: .cable,
                severity: .exposure,
                subject: carrier,
                counterpart: cable,
                summary: summary,
                evidence: Evidence(
                    hops: [carrier, cable] + owners,
                    records: records,
                    trustChains: assessment.untrustedHolders.flatMap(\.chains),
                    places: Self.places(assessment)
                )
            )
        }
    }

    /// The owners of cables landing in the home country that map to no registry entity, in one notice to review.
    func unmappedOwners(of assessments: [CableAssessment], home: String) -> Finding? {
        var cables: [String: [CableAssessment]] = [:]
        for assessment in assessments {
            for name in Set(assessment.unmappedOwners) { cables[name, default: []].append(assessment) }
        }
        guard !cables.isEmpty else { return nil }
        let names = cables.keys.sorted()
        let records = names.map { name in
            let list = cables[name] ?? []
            return Evidence.Record(
                basis: .declared,
                origin: RecordOrigin(dataset: list.first?.cable.origin.dataset ?? 0, file: "cable/", line: nil, object: "owners"),
                detail: "\"\(name)\" owns \(list.map(\.cable.name).joined(separator: ", "))"
            )
        }
        let subject = Party(ref: "cables:\(home)", name: "Cables landing in \(home)", country: home, untrusted: false)
        let counterpart = Party(ref: "unmapped-owners", name: "owners the registry does not name", country: nil, untrusted: false)
        let shown = names.prefix(12).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 12 ? ", ..." : "")
        let summary =
            "\(names.count) owners of cables landing in \(home) map to no registry entity (review them; add registry aliases): \(shown)"
        return Finding(
            rule: .cable,
            severity: .notice,
            subject: subject,
            counterpart: counterpart,
            summary: summary,
            evidence: Evidence(hops: [subject, counterpart], records: records, trustChains: [])
        )
    }
}
