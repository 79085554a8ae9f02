import CleanCarrierCore

/// Small hand-made reports for the renderer tests.
enum ReportFixtures {
    static let us = Party(ref: "AS7018", name: "AT&T <Services> \"US\"", country: "US", untrusted: false)
    static let prc = Party(ref: "AS4134", name: "China Telecom Corporation Limited", country: "CN", untrusted: true)
    static let hk = Party(ref: "AS4637", name: "Telstra Global", country: "HK", untrusted: false)

    static func record(_ basis: Evidence.Basis, line: Int, hop: Int? = nil) -> Evidence.Record {
        Evidence.Record(basis: basis, origin: RecordOrigin(dataset: 2, file: "rel.txt", line: line), detail: "record on line \(line)", hop: hop)
    }

    /// A direct finding (two hops, declared and inferred) and a transit finding (three hops, one record per edge).
    static var report: EvaluationReport {
        let direct = Finding(
            rule: .directInterconnect,
            severity: .violation,
            subject: Self.us,
            counterpart: Self.prc,
            summary: "AS7018 is directly interconnected with untrusted AS4134",
            evidence: Evidence(
                hops: [Self.us, Self.prc],
                records: [Self.record(.declared, line: 3), Self.record(.inferred, line: 9)],
                trustChains: ["AS4134 → China Telecom Corporation Limited → Clean Carrier listing 2020-08-05 [State <Dept>]"]
            )
        )
        let transit = Finding(
            rule: .dataTransit,
            severity: .exposure,
            subject: Self.us,
            counterpart: Self.prc,
            summary: "Traffic crosses AS4134",
            evidence: Evidence(
                hops: [Self.us, Self.hk, Self.prc],
                records: [Self.record(.observed, line: 4, hop: 0), Self.record(.inferred, line: 5, hop: 1)],
                trustChains: []
            )
        )
        return EvaluationReport(
            evaluationID: 7,
            asOf: Day(iso: "2024-06-01")!,
            registryVersion: 1,
            datasets: [Snapshot.DatasetRef(id: 2, kind: "as-rel", file: "rel.txt", sha256: String(repeating: "ab", count: 32))],
            entries: [
                .init(finding: direct, status: .new, firstSeen: 7, lastSeen: 7),
                .init(finding: transit, status: .persisting, firstSeen: 5, lastSeen: 7),
            ]
        )
    }
}
