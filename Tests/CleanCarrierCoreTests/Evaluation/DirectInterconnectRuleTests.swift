import CleanCarrierCore
import Testing

@Suite struct DirectInterconnectRuleTests {
    static let day = Day(iso: "2023-01-01")!

    static func snapshot(links: [ASLink], interconnects: [Interconnect] = []) -> Snapshot {
        let registry = Registry(
            entities: [
                Entity(id: "prc-carrier", name: "PRC Carrier", country: "CN"),
                Entity(id: "us-carrier", name: "US Carrier", country: "US"),
            ],
            identifiers: [
                Identifier(kind: .asn, value: "4134", holder: "prc-carrier", source: "t", confidence: .registry),
                Identifier(kind: .asn, value: "7018", holder: "us-carrier", source: "t", confidence: .registry),
            ],
            designations: [
                Designation(
                    id: "cc",
                    entity: "prc-carrier",
                    instrument: .cleanCarrier,
                    effective: Day(iso: "2020-08-05")!,
                    citation: "State",
                    extendsToAffiliates: true
                )
            ]
        )
        let registrations = [
            ASN(64500): ASNRegistration(asn: ASN(64500), rir: "arin", country: "US", status: "assigned", registered: nil, holderID: nil, line: 9)
        ]
        let dataset = Snapshot.DatasetRef(id: 3, kind: "as-rel", file: "rel.txt", sha256: "x")
        return Snapshot(
            asOf: Self.day,
            registry: registry,
            registrations: registrations,
            asRelationships: [(dataset, links)],
            interconnects: interconnects
        )
    }

    @Test func usNetworksAdjacentToUntrustedOnesAreViolations() throws {
        let links = [
            ASLink(ASN(7018), ASN(4134), .peer, line: 5), ASLink(ASN(4134), ASN(64500), .providerToCustomer, line: 6),
            ASLink(ASN(7018), ASN(64500), .providerToCustomer, line: 7),
        ]
        let findings = try Evaluator().evaluate(Self.snapshot(links: links)).findings
        #expect(findings.map(\.subject.ref) == ["AS64500", "AS7018"])
        let att = try #require(findings.last)
        #expect(att.severity == .violation && att.rule == .directInterconnect)
        #expect(
            att.evidence.records == [
                Evidence.Record(basis: .inferred, origin: RecordOrigin(dataset: 3, file: "rel.txt", line: 5), detail: "AS7018 and AS4134 are peers")
            ]
        )
        #expect(att.evidence.trustChains == ["AS4134 → PRC Carrier → Clean Carrier listing 2020-08-05 [State]"])
    }

    @Test func declaredInterconnectsCountOnlyWhileInForce() throws {
        let origin = RecordOrigin(dataset: 4, file: "ic.csv", line: 2)
        let ended = Interconnect(
            partyA: .entity("us-carrier"),
            partyB: .entity("prc-carrier"),
            kind: .voiceSIP,
            validity: Validity(from: nil, to: Day(iso: "2022-01-01")),
            origin: origin
        )
        #expect(try Evaluator().evaluate(Self.snapshot(links: [], interconnects: [ended])).findings.isEmpty)
        var current = ended
        current.validity = Validity(from: Day(iso: "2021-01-01"), to: nil)
        let findings = try Evaluator().evaluate(Self.snapshot(links: [], interconnects: [current])).findings
        #expect(findings.count == 1)
        #expect(findings.first?.evidence.records.first?.basis == .declared)
    }

    @Test func sameInputsGiveSameFingerprintsAndOrder() throws {
        let links = [ASLink(ASN(4134), ASN(64500), .providerToCustomer, line: 6), ASLink(ASN(7018), ASN(4134), .peer, line: 5)]
        let first = try Evaluator().evaluate(Self.snapshot(links: links)).findings
        let second = try Evaluator().evaluate(Self.snapshot(links: links.reversed())).findings
        #expect(first.map(\.fingerprint) == second.map(\.fingerprint))
        #expect(Set(first.map(\.fingerprint)).count == 2)
    }
}
