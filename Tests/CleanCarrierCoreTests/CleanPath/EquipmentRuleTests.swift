import CleanCarrierCore
import Testing

/// CC-6: untrusted vendors' equipment in service at a US carrier, removals, overdue replacement plans, affiliates.
@Suite struct EquipmentRuleTests {
    static func findings(asOf: String, extra: String) throws -> [Finding] {
        try Evaluator().evaluate(CleanPathWorld.snapshot(asOf: asOf, inventory: CleanPathWorld.cleanInventory + extra)).findings.filter {
            $0.rule == .equipment
        }
    }

    @Test func equipmentInServiceIsAViolationWithEachElementAsEvidence() throws {
        let extra = """
            AS100,Site A3,transmission,ip-routing,vendor-x,Router X,2018-01-01,,
            AS100,Site A4,transmission,ran,vendor-x,Radio X,2019-01-01,,
            AS100,Site A5,transmission,ran,good-vendor,Radio 2,2019-01-01,,

            """
        let findings = try Self.findings(asOf: "2024-06-01", extra: extra)
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.severity == .violation && finding.subject.ref == "AS100" && finding.counterpart.ref == "vendor-x")
        #expect(finding.evidence.records.map(\.origin.line) == [7, 8])
        #expect(finding.evidence.records.allSatisfy { $0.basis == .declared && $0.origin.dataset == 9 })
        #expect(
            finding.evidence.records.first?.detail
                == "AS100 transmission/ip-routing at Site A3, Router X (in service since 2018-01-01), vendor vendor-x"
        )
        #expect(
            finding.summary
                == "AS100 (US Carrier A, US) has 2 elements of untrusted vendor vendor-x (Vendor X, CN) in service on 2024-06-01 (ip-routing, ran)"
        )
        #expect(finding.evidence.trustChains == ["Vendor X → Covered List 2021-03-12 [test Covered List entry]"])
    }

    @Test func aRemovalInThePastResolvesIt() throws {
        let extra = "AS100,Site A3,transmission,ip-routing,vendor-x,Router X,2018-01-01,2023-01-01,\n"
        #expect(try Self.findings(asOf: "2022-12-31", extra: extra).count == 1)
        #expect(try Self.findings(asOf: "2023-01-01", extra: extra).isEmpty)
        #expect(try Self.findings(asOf: "2021-03-11", extra: extra).isEmpty, "not yet designated")
    }

    @Test func aPassedReplacementPlanIsItsOwnOverdueFinding() throws {
        let extra = "us-a,Site A3,transmission,transport,vendor-x-usa,Optical X,2018-01-01,,2023-12-31\n"
        let before = try Self.findings(asOf: "2023-12-30", extra: extra)
        #expect(before.count == 1)
        let after = try Self.findings(asOf: "2023-12-31", extra: extra)
        #expect(after.count == 2)
        let overdue = try #require(after.first { $0.summary.contains("past the replacement plan date") })
        #expect(overdue.severity == .violation && overdue.subject.ref == "us-a" && overdue.counterpart.ref == "vendor-x-usa")
        #expect(overdue.summary.hasSuffix("past the replacement plan date (2023-12-31)"))
        #expect(Set(after.map(\.fingerprint)).count == 2, "the overdue finding has its own fingerprint")
        #expect(overdue.evidence.trustChains == ["Vendor X USA → (controlled by) Vendor X → Covered List 2021-03-12 [test Covered List entry]"])
    }

    @Test func onlyHomeCountryCarriersAreSubjects() throws {
        let extra = "dest,Site D2,control,core,vendor-x,Core X,2018-01-01,,\nbad,Site B2,control,core,vendor-x,Core X,2018-01-01,,\n"
        #expect(try Self.findings(asOf: "2024-06-01", extra: extra).isEmpty)
    }
}
