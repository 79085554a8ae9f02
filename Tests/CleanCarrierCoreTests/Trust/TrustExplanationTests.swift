import CleanCarrierCore
import Testing

@Suite struct TrustExplanationTests {
    static let day = Day(iso: "2022-04-01")!
    static let resolver = TrustResolver(registry: TrustResolverTests.registry(share: 100, control: false))
    static let registration = ASNRegistration(
        asn: ASN(8100),
        rir: "arin",
        country: "US",
        status: "assigned",
        registered: Day(iso: "2006-08-24"),
        holderID: "ca3d8a6ef0d38ee25d6ac39b9c0f6c42",
        line: 12
    )
    static let name = ASName(asn: ASN(8100), name: "ASN-QUADRANET-GLOBAL - QuadraNet, Inc", country: "US", line: 7)

    @Test func anASNOutsideTheRegistryIsExplainedFromThePublicRegistries() throws {
        let explanation = try #require(
            TrustExplanation.explain("AS8100", on: Self.day, resolver: Self.resolver, registration: Self.registration, publishedName: Self.name)
        )
        #expect(!explanation.untrusted)
        #expect(explanation.holder == nil)
        #expect(
            explanation.text == """
                AS8100 on 2022-04-01: trusted
                  not in the registry: registered to ARIN US (holder id ca3d8a6ef0d38ee25d6ac39b9c0f6c42), \
                name "ASN-QUADRANET-GLOBAL - QuadraNet, Inc" (US); no designation reaches it
                """
        )
    }

    @Test func registryASNsOfTheSameRIRAccountAreListedForReview() throws {
        let explanation = try #require(
            TrustExplanation.explain(
                "AS8100",
                on: Self.day,
                resolver: Self.resolver,
                registration: Self.registration,
                accountSiblings: [ASN(64499), ASN(64500)]
            )
        )
        #expect(explanation.sameAccount == ["AS64500 (Child Carrier)"])
        #expect(
            explanation.text.hasSuffix("same RIR account as these registry ASNs (review whether their holder owns it too): AS64500 (Child Carrier)")
        )
    }

    @Test func anASNNobodyKnowsHasNoExplanation() {
        #expect(TrustExplanation.explain("AS8100", on: Self.day, resolver: Self.resolver) == nil)
        #expect(TrustExplanation.explain("ghost-carrier", on: Self.day, resolver: Self.resolver, registration: Self.registration) == nil)
    }

    @Test func aRegisteredASNInTheRegistryAlsoShowsItsPublicRecord() throws {
        let explanation = try #require(
            TrustExplanation.explain("AS64500", on: Self.day, resolver: Self.resolver, registration: nil, publishedName: Self.name)
        )
        #expect(explanation.untrusted)
        #expect(explanation.text.contains("  holder: Child Carrier (child, US)"))
        #expect(
            explanation.text.hasSuffix("  public registries: no RIR registration in the store, name \"ASN-QUADRANET-GLOBAL - QuadraNet, Inc\" (US)")
        )
    }

    @Test func subjectsAreASNsOnlyWhenTheyLookLikeOne() {
        #expect(TrustExplanation.asn(in: "AS36678") == ASN(36678))
        #expect(TrustExplanation.asn(in: "36678") == ASN(36678))
        #expect(TrustExplanation.asn(in: "china-telecom-americas") == nil)
    }
}
