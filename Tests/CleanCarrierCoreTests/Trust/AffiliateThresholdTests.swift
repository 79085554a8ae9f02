import CleanCarrierCore
import Testing

/// Each designation may carry its own affiliate threshold; the chain says which threshold made the affiliate.
@Suite struct AffiliateThresholdTests {
    static let day = Day(iso: "2026-06-01")!

    static func registry(threshold: Double?) -> Registry {
        Registry(
            entities: [
                Entity(id: "parent", name: "Parent Group", country: "CN", kind: .group),
                Entity(id: "minority", name: "Minority Holding", country: "HK"),
            ],
            links: [EntityLink(owner: "parent", owned: "minority", share: 18, control: false, source: "annual report")],
            designations: [
                Designation(
                    id: "listing",
                    entity: "parent",
                    instrument: .cleanCarrier,
                    effective: Day(iso: "2020-08-05")!,
                    citation: "listing",
                    extendsToAffiliates: true
                ),
                Designation(
                    id: "cable-rules",
                    entity: "parent",
                    instrument: .submarineCableRules,
                    effective: Day(iso: "2025-11-26")!,
                    citation: "FCC 25-49",
                    extendsToAffiliates: true,
                    affiliateThreshold: threshold
                ),
            ]
        )
    }

    @Test func aTenPercentInstrumentMakesAnEighteenPercentHoldingAnAffiliate() throws {
        let resolver = TrustResolver(registry: Self.registry(threshold: 10))
        let verdict = resolver.verdict(on: "minority", day: Self.day)
        #expect(verdict.reasons.map(\.designation.id) == ["cable-rules"], "the 50% listing does not reach an 18% holding")
        let reason = try #require(verdict.reasons.first)
        #expect(reason.threshold == 10)
        let chain = TrustChainRenderer.render(reason, prefix: "Minority Holding", entities: resolver.index.entities)
        #expect(
            chain
                == "Minority Holding → (owned 18% by, over the 10% threshold of FCC submarine cable rules) Parent Group → FCC submarine cable rules 2025-11-26 [FCC 25-49]"
        )
    }

    @Test func withoutItsOwnThresholdTheDefaultHolds() {
        #expect(!TrustResolver(registry: Self.registry(threshold: nil)).verdict(on: "minority", day: Self.day).isUntrusted)
        #expect(TrustResolver(registry: Self.registry(threshold: nil), affiliateThreshold: 15).verdict(on: "minority", day: Self.day).isUntrusted)
    }
}
