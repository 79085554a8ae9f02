import CleanCarrierCore
import Testing

@Suite struct PresenceRuleTests {
    static func presence(_ asn: UInt32, record: Int64, kind: Presence.PlaceKind = .exchange, place: Int64 = 17, country: String? = "US") -> Presence {
        Presence(
            asn: ASN(asn),
            networkID: 1,
            place: .init(kind: kind, id: place, name: "Equinix Miami", city: "Miami", country: country),
            routeServerPeer: kind == .exchange ? true : nil,
            recordID: record,
            origin: RecordOrigin(dataset: 5, file: "pdb.json", line: nil, object: "\(kind.recordType)[\(record)] id \(record)")
        )
    }

    static func findings(_ presences: [Presence]) throws -> [Finding] {
        var snapshot = DirectInterconnectRuleTests.snapshot(links: [])
        snapshot.presences = presences
        return try Evaluator(rules: [PresenceRule()]).evaluate(snapshot).findings
    }

    @Test func untrustedNetworkAtAUSExchangeIsAnExposureWithItsRecords() throws {
        let findings = try Self.findings([Self.presence(4134, record: 1310), Self.presence(4134, record: 1400), Self.presence(7018, record: 1311)])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == .presence && finding.severity == .exposure)
        #expect(finding.subject == Party(ref: "ix:17", name: "Equinix Miami", country: "US", untrusted: false))
        #expect(finding.counterpart.ref == "AS4134" && finding.counterpart.untrusted)
        #expect(finding.evidence.hops.map(\.ref) == ["ix:17", "AS4134"])
        #expect(finding.evidence.records.map(\.origin.object) == ["netixlan[1310] id 1310", "netixlan[1400] id 1400"])
        #expect(
            finding.evidence.records.first?.detail
                == "PeeringDB netixlan 1310: AS4134 is a member of exchange ix:17 (Equinix Miami, Miami, US), route-server peer: yes"
        )
        #expect(finding.evidence.records.allSatisfy { $0.basis == .declared })
        #expect(finding.evidence.trustChains == ["AS4134 → PRC Carrier → Clean Carrier listing 2020-08-05 [State]"])
        #expect(finding.summary.contains("present at exchange Equinix Miami in Miami, US (PeeringDB netixlan 1310, 1400)"))
    }

    @Test func placesAbroadOrUnknownGiveNothingAndFacilitiesAreTheirOwnPlaces() throws {
        #expect(try Self.findings([Self.presence(4134, record: 1, country: "GB"), Self.presence(4134, record: 2, country: nil)]).isEmpty)
        let both = try Self.findings([Self.presence(4134, record: 3), Self.presence(4134, record: 4, kind: .facility)])
        #expect(both.map(\.subject.ref).sorted() == ["fac:17", "ix:17"])
        #expect(Set(both.map(\.fingerprint)).count == 2)
    }
}
