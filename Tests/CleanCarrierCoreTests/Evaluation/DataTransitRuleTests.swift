import CleanCarrierCore
import Testing

@Suite struct DataTransitRuleTests {
    /// S (US) buys transit from P1 (US); P1 peers with U (untrusted) and P2; D (CN) is reachable only through U;
    /// D2 (JP) through U or P2, and P1 prefers U on the ASN tie-break.
    static func snapshot() -> Snapshot {
        let registry = Registry(
            entities: [Entity(id: "untrusted-carrier", name: "Untrusted Carrier", country: "CN")],
            identifiers: [Identifier(kind: .asn, value: "4134", holder: "untrusted-carrier", source: "t", confidence: .registry)],
            designations: [
                Designation(id: "d", entity: "untrusted-carrier", instrument: .cleanCarrier, effective: Day(iso: "2020-08-05")!, citation: "c",
                    extendsToAffiliates: true)
            ])
        let countries: [UInt32: String] = [64500: "US", 100: "US", 200: "CN", 300: "JP", 5000: "JP"]
        var registrations: [ASN: ASNRegistration] = [:]
        for (asn, country) in countries {
            registrations[ASN(asn)] = ASNRegistration(asn: ASN(asn), rir: "arin", country: country, status: "assigned", registered: nil, holderID: nil, line: 1)
        }
        let links = [
            ASLink(ASN(100), ASN(64500), .providerToCustomer, line: 1), ASLink(ASN(100), ASN(4134), .peer, line: 2),
            ASLink(ASN(4134), ASN(200), .providerToCustomer, line: 3), ASLink(ASN(4134), ASN(300), .providerToCustomer, line: 4),
            ASLink(ASN(5000), ASN(300), .providerToCustomer, line: 5), ASLink(ASN(100), ASN(5000), .peer, line: 6),
        ]
        let dataset = Snapshot.DatasetRef(id: 1, kind: "as-rel", file: "rel.txt", sha256: "x")
        return Snapshot(asOf: Day(iso: "2024-01-01")!, registry: registry, registrations: registrations, asRelationships: [(dataset, links)])
    }

    @Test(arguments: [1, 2])
    func countsDestinationsAvoidabilityAndDirectHandOffs(workers: Int) throws {
        let findings = Evaluator(rules: [DataTransitRule(workers: workers)]).evaluate(Self.snapshot()).findings
        #expect(findings.map { "\($0.subject.ref)>\($0.counterpart.ref)" } == ["AS100>AS4134", "AS64500>AS4134"])
        let transit = try #require(findings.last)
        #expect(transit.severity == .exposure)
        #expect(transit.summary.contains("2 destination(s) abroad") && transit.summary.contains("1 avoidable, 1 unavoidable"))
        #expect(transit.evidence.hops.map(\.ref) == ["AS64500", "AS100", "AS4134", "AS200"])
        #expect(transit.evidence.records.compactMap(\.origin.line) == [1, 2, 3])
        let direct = try #require(findings.first)
        #expect(direct.severity == .violation)
        #expect(direct.summary.contains("handed over directly for 2"))
    }

    @Test func nothingToReportWithoutUntrustedNetworks() {
        var snapshot = Self.snapshot()
        snapshot.registry.designations = []
        #expect(Evaluator(rules: [DataTransitRule()]).evaluate(snapshot).findings.isEmpty)
    }
}
