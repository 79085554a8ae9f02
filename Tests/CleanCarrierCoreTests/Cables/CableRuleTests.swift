import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite struct CableRuleTests {
    static func evaluate(_ snapshot: Snapshot) throws -> [Finding] {
        try Evaluator(rules: [CableRule()]).evaluate(snapshot).findings
    }

    @Test func untrustedOwnersDirectLinksAndOwnersToReview() throws {
        let findings = try Self.evaluate(try CableTestSupport.snapshot(asOf: "2024-06-01", registry: try CableTestSupport.registry()))
        let keys = Set(CableTestSupport.keys(findings))
        #expect(
            keys == [
                "notice cables:US unmapped-owners", "violation cable:pacific-test china-telecom-corp-ltd",
                "direct-link cable:pacific-test landing:tseung-kwan-o-china",
            ]
        )
        let violation = try #require(findings.first { $0.severity == .violation })
        #expect(
            violation.summary.hasPrefix(
                "Cable Pacific Test (in service since 2018; US: Hermosa Beach, CA) is owned in part by untrusted China Telecom Corporation Limited"
            )
        )
        #expect(violation.evidence.records.first?.origin.file == "cable/pacific-test.json")
        #expect(
            violation.evidence.trustChains.contains {
                $0.hasPrefix(
                    "\"China Telecom\" → China Telecom Corporation Limited → (owned 70.9% by) China Telecommunications Corporation → Clean Carrier listing 2020-08-05"
                )
            }
        )
        #expect(violation.evidence.places?.map(\.country) == ["US", "CN"])
        let notice = try #require(findings.first { $0.severity == .notice })
        #expect(notice.evidence.records.map(\.detail) == ["\"Google\" owns Pacific Test", "\"Nobody Known Telecom, Ltd.\" owns Atlantic Test"])
    }

    @Test func plannedCablesCountFromTheirYearAndRetiredOnesNoLonger() throws {
        let registry = try CableTestSupport.registry()
        let early = Set(CableTestSupport.keys(try Self.evaluate(try CableTestSupport.snapshot(asOf: "2029-06-01", registry: registry))))
        #expect(!early.contains("violation cable:future-test china-mobile-ltd"))
        let late = Set(CableTestSupport.keys(try Self.evaluate(try CableTestSupport.snapshot(asOf: "2030-06-01", registry: registry))))
        #expect(late.contains("violation cable:future-test china-mobile-ltd"))
        let retired = try CableTestSupport.snapshot(asOf: "2030-06-01", registry: registry, retired: ["pacific-test": "2030-01-01"])
        #expect(Set(CableTestSupport.keys(try Self.evaluate(retired))).isDisjoint(with: ["violation cable:pacific-test china-telecom-corp-ltd"]))
    }

    @Test func declaredCircuitsOnAFlaggedCableAreExposure() throws {
        let origin = { (line: Int) in RecordOrigin(dataset: 9, file: "circuits.csv", line: line) }
        let circuits = [
            DeclaredCircuit(
                carrier: .entity("att"),
                cable: "pacific-test",
                endA: "US",
                endB: "hong-kong-china",
                validity: .always,
                origin: origin(2)
            ),
            DeclaredCircuit(carrier: .entity("att"), cable: "atlantic-test", endA: "US", endB: "GB", validity: .always, origin: origin(3)),
            DeclaredCircuit(
                carrier: .entity("att"),
                cable: "pacific-test",
                endA: "US",
                endB: "CN",
                validity: Validity(to: Day(iso: "2020-01-01")),
                origin: origin(4)
            ),
        ]
        let findings = try Self.evaluate(
            try CableTestSupport.snapshot(asOf: "2024-06-01", registry: try CableTestSupport.registry(), circuits: circuits)
        )
        let exposure = try #require(findings.first { $0.severity == .exposure })
        #expect(exposure.subject.ref == "att" && exposure.counterpart.ref == "cable:pacific-test")
        #expect(exposure.evidence.records.compactMap(\.origin.line) == [2], "the ended circuit and the clean cable's circuit do not count")
        #expect(findings.count { $0.severity == .exposure } == 1)
    }

    @Test func anUntrustedLicenseeMakesAViolationNamingItsLicence() throws {
        var snapshot = try CableTestSupport.snapshot(asOf: "2024-06-01", registry: try CableTestSupport.registry())
        snapshot.cables?.landingParties = [
            LandingParty(
                cable: "atlantic-test",
                entity: "china-telecom-americas",
                role: .licensee,
                licence: "SCL-LIC-20170101-00001",
                granted: Day(iso: "2017-01-01"),
                expires: nil,
                origin: RecordOrigin(dataset: 3, file: "landing-parties.csv", line: 2)
            )
        ]
        let finding = try #require(Self.evaluate(snapshot).first { $0.subject.ref == "cable:atlantic-test" && $0.severity == .violation })
        #expect(finding.counterpart.ref == "china-telecom-americas")
        #expect(finding.summary.hasSuffix("is landed by untrusted China Telecom (Americas) Corporation (licensee under SCL-LIC-20170101-00001)"))
        #expect(finding.evidence.records.contains { $0.origin.file == "landing-parties.csv" && $0.origin.line == 2 && $0.basis == .declared })
    }

    @Test func evaluatingTwiceGivesIdenticalBytes() throws {
        let snapshot = try CableTestSupport.snapshot(asOf: "2024-06-01", registry: try CableTestSupport.registry())
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(Self.evaluate(snapshot)) == (try encoder.encode(Self.evaluate(snapshot))))
    }

    /// China Unicom (Hong Kong) holds about 18% of PCCW Limited: an affiliate under a 10% threshold, not under 50%.
    @Test func pccwCoOwnedCablesAreAffiliatesAtTenPercentOnly() throws {
        let at50 = try Self.evaluate(try CableTestSupport.snapshot(asOf: "2026-06-01", registry: try CableTestSupport.registry()))
        #expect(!at50.contains { $0.subject.ref == "cable:pccw-test" && $0.severity == .violation })
        let at10 = try Self.evaluate(
            try CableTestSupport.snapshot(asOf: "2026-06-01", registry: try CableTestSupport.registry(cableRulesThreshold: 10))
        )
        let pccw = try #require(at10.first { $0.subject.ref == "cable:pccw-test" && $0.severity == .violation })
        #expect(pccw.counterpart.ref == "pccw-global")
        #expect(
            pccw.evidence.trustChains.contains {
                $0.contains("(owned 18% by, over the 10% threshold of FCC submarine cable rules) China Unicom (Hong Kong) Limited")
                    && $0.contains("FCC 25-49")
            }
        )
        let before = try Self.evaluate(
            try CableTestSupport.snapshot(asOf: "2025-11-25", registry: try CableTestSupport.registry(cableRulesThreshold: 10))
        )
        #expect(!before.contains { $0.subject.ref == "cable:pccw-test" }, "FCC 25-49 is in force from 2025-11-26")
    }
}
