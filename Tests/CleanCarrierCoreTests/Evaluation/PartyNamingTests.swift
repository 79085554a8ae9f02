import CleanCarrierCore
import Testing

@Suite struct PartyNamingTests {
    static let day = Day(iso: "2022-04-01")!

    static func context() -> EvaluationContext {
        let registry = Registry(
            entities: [Entity(id: "cta", name: "China Telecom (Americas) Corporation", country: "US")],
            identifiers: [Identifier(kind: .asn, value: "36678", holder: "cta", source: "test", confidence: .registry)]
        )
        let registrations = [
            ASN(8100): ASNRegistration(asn: ASN(8100), rir: "arin", country: "US", status: "assigned", registered: nil, holderID: "q", line: 4),
            ASN(36678): ASNRegistration(asn: ASN(36678), rir: "arin", country: "US", status: "assigned", registered: nil, holderID: "c", line: 9),
        ]
        let names = [
            ASN(8100): ASName(asn: ASN(8100), name: "ASN-QUADRANET-GLOBAL - QuadraNet, Inc", country: "US", line: 1),
            ASN(36678): ASName(asn: ASN(36678), name: "CTUSA - CHINA TELECOM (AMERICAS) CORPORATION", country: "US", line: 2),
            ASN(64500): ASName(asn: ASN(64500), name: "EXAMPLE-NET", country: "GB", line: 3),
        ]
        return EvaluationContext(snapshot: Snapshot(asOf: Self.day, registry: registry, registrations: registrations, asNames: names))
    }

    @Test func anASTheRegistryDoesNotKnowIsNamedByItsPublishedName() {
        #expect(Self.context().party(for: ASN(8100)).label == "AS8100 (QuadraNet, Inc, US)")
    }

    @Test func theRegistryNameWinsOverThePublishedOne() {
        #expect(Self.context().party(for: ASN(36678)).label == "AS36678 (China Telecom (Americas) Corporation, US)")
    }

    @Test func theListCountryServesWhenTheRIRsDoNotKnowTheAS() {
        #expect(Self.context().party(for: ASN(64500)).label == "AS64500 (EXAMPLE-NET, GB)")
        #expect(Self.context().party(for: ASN(64501)).label == "AS64501")
    }
}
