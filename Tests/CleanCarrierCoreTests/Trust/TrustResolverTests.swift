import CleanCarrierCore
import Testing

@Suite struct TrustResolverTests {
    static let listed = Day(iso: "2022-03-25")!

    /// parent (designated) owns `share`% of child, optionally with a control link.
    static func registry(share: Double?, control: Bool, extends: Bool = true, end: Day? = nil) -> Registry {
        Registry(
            entities: [
                Entity(id: "parent", name: "Parent Group", country: "CN", kind: .group),
                Entity(id: "child", name: "Child Carrier", country: "US"),
            ],
            links: [EntityLink(owner: "parent", owned: "child", share: share, control: control, source: "test")],
            identifiers: [Identifier(kind: .asn, value: "64500", holder: "child", source: "test", confidence: .verified)],
            designations: [
                Designation(
                    id: "d1",
                    entity: "parent",
                    instrument: .coveredList,
                    effective: listed,
                    end: end,
                    citation: "test order",
                    extendsToAffiliates: extends
                )
            ]
        )
    }

    @Test func subsidiaryHeldAt51PercentInheritsDesignation() {
        let resolver = TrustResolver(registry: Self.registry(share: 51, control: false))
        let verdict = resolver.verdict(on: "child", day: Self.listed)
        #expect(verdict.isUntrusted)
        #expect(verdict.reasons.first?.path == ["parent", "child"])
    }

    @Test func subsidiaryHeldAt10PercentDoesNotInheritWithoutControl() {
        let resolver = TrustResolver(registry: Self.registry(share: 10, control: false))
        #expect(!resolver.verdict(on: "child", day: Self.listed).isUntrusted)
        #expect(resolver.verdict(on: "parent", day: Self.listed).isUntrusted)
    }

    @Test func controlLinkMakesAMinorityHoldingInherit() {
        let resolver = TrustResolver(registry: Self.registry(share: 10, control: true))
        #expect(resolver.verdict(on: "child", day: Self.listed).isUntrusted)
    }

    @Test func exactlyTheThresholdDoesNotInherit() {
        #expect(!TrustResolver(registry: Self.registry(share: 50, control: false)).verdict(on: "child", day: Self.listed).isUntrusted)
        #expect(
            TrustResolver(registry: Self.registry(share: 50, control: false), affiliateThreshold: 49).verdict(on: "child", day: Self.listed)
                .isUntrusted
        )
    }

    @Test func designationThatDoesNotExtendStaysWithItsEntity() {
        let resolver = TrustResolver(registry: Self.registry(share: 100, control: true, extends: false))
        #expect(!resolver.verdict(on: "child", day: Self.listed).isUntrusted)
    }

    @Test func effectiveDateIsTheFirstDayInForceAndEndIsTheFirstDayOut() {
        let end = Day(iso: "2023-01-01")!
        let resolver = TrustResolver(registry: Self.registry(share: 100, control: false, end: end))
        let dayBefore = Day(daysSinceEpoch: Self.listed.daysSinceEpoch - 1)
        #expect(!resolver.verdict(on: "child", day: dayBefore).isUntrusted)
        #expect(resolver.verdict(on: "child", day: dayBefore).notInForce.count == 1)
        #expect(resolver.verdict(on: "child", day: Self.listed).isUntrusted)
        #expect(resolver.verdict(on: "child", day: Day(daysSinceEpoch: end.daysSinceEpoch - 1)).isUntrusted)
        #expect(!resolver.verdict(on: "child", day: end).isUntrusted)
    }

    @Test func ownershipCycleTerminatesAndReachesEveryMemberOnce() {
        var registry = Self.registry(share: 100, control: true)
        registry.entities.append(Entity(id: "grandchild", name: "Grandchild", country: "HK"))
        registry.links += [
            EntityLink(owner: "child", owned: "grandchild", share: 60, control: false, source: "test"),
            EntityLink(owner: "grandchild", owned: "parent", share: 60, control: false, source: "test"),
        ]
        let verdicts = TrustResolver(registry: registry).verdicts(on: Self.listed)
        #expect(verdicts.count == 3)
        #expect(verdicts["grandchild"]?.reasons.first?.path == ["parent", "child", "grandchild"])
        #expect(verdicts["parent"]?.reasons.count == 1)
    }

    @Test func mostConfidentSourceWinsWhenSourcesConflict() {
        var registry = Self.registry(share: 10, control: false)
        registry.entities.append(Entity(id: "other", name: "Other Carrier", country: "US"))
        registry.identifiers.append(Identifier(kind: .asn, value: "64500", holder: "other", source: "name match", confidence: .inferredByName))
        let index = RegistryIndex(registry)
        #expect(index.holder(of: ASN(64500), on: Self.listed)?.holder == "child")
        let problems = RegistryValidator.problems(in: registry, file: "r.yaml")
        #expect(problems.contains { $0.level == .warning && $0.error.message.contains("64500") })
    }

    @Test func untrustedSetMapsASNsThroughHolders() {
        let set = UntrustedSet(resolver: TrustResolver(registry: Self.registry(share: 100, control: false)), day: Self.listed)
        #expect(set.contains(ASN(64500)))
        let before = UntrustedSet(resolver: TrustResolver(registry: Self.registry(share: 100, control: false)), day: Day(iso: "2020-01-01")!)
        #expect(!before.contains(ASN(64500)))
    }
}
