import CleanCarrierCore
import Foundation
import Testing

/// CC-3 over the voice fixtures and the registry fixture: direct hand-offs and exposures, with their paths.
@Suite struct VoiceRuleTests {
    static let registry: Registry = {
        let path = VoiceTestSupport.repositoryRoot.appendingPathComponent("Fixtures/registry/registry.yaml").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return (try? RegistryYAMLReader.read(text, file: "registry.yaml").registry) ?? Registry()
    }()

    /// The fixtures as the store would load them: routes from dataset 7, ranges from dataset 6.
    static func snapshot(asOf: String, extraRoutes: String = "") throws -> Snapshot {
        let csv = try String(contentsOfFile: VoiceTestSupport.fixture("routes.csv"), encoding: .utf8) + extraRoutes
        let routes = try VoiceRouteReader.readCSV(csv, file: "routes.csv").map { route in
            var route = route
            route.dataset = 7
            return route
        }
        let ranges = try NumberRangeReader.read(
            try String(contentsOfFile: VoiceTestSupport.fixture("ranges.csv"), encoding: .utf8),
            file: VoiceTestSupport.fixture("ranges.csv")
        ).map { range in
            var range = range
            range.dataset = 6
            return range
        }
        #expect(!Self.registry.entities.isEmpty)
        return Snapshot(
            asOf: try #require(Day(iso: asOf)),
            registry: Self.registry,
            voiceRoutes: routes,
            numberRanges: ranges,
            datasets: [
                .init(id: 6, kind: "number-ranges", file: "ranges.csv", sha256: "r"),
                .init(id: 7, kind: "voice-routes", file: "routes.csv", sha256: "v"),
            ]
        )
    }

    static func finding(_ findings: [Finding], _ subject: String, _ counterpart: String, _ severity: Finding.Severity, prefix: String) -> Finding? {
        findings.first {
            $0.subject.ref == subject && $0.counterpart.ref == counterpart && $0.severity == severity
                && $0.evidence.records.first?.detail.hasPrefix("\(subject) routes +\(prefix) ") == true
        }
    }

    @Test func failoverToAnUntrustedCarrierIsAViolationWithItsPath() throws {
        let findings = try Evaluator().evaluate(try Self.snapshot(asOf: "2024-06-01")).findings.filter { $0.rule == .voice }
        let failover = try #require(Self.finding(findings, "att", "china-telecom-americas", .violation, prefix: "852"))
        #expect(failover.evidence.hops.map(\.ref) == ["att", "china-telecom-americas", "china-telecom-global", "hkt"])
        #expect(failover.evidence.records.map(\.origin.line) == [9, 40, 41, 39])
        #expect(failover.evidence.records.map(\.origin.dataset) == [7, 7, 7, 6])
        #expect(failover.evidence.records.first?.origin == RecordOrigin(dataset: 7, file: "routes.csv", line: 9))
        #expect(
            failover.evidence.records.first?.detail
                == "att routes +852 to china-telecom-americas as its failover route #2 (priority 2, weight 100) from 2019-01-01"
        )
        #expect(failover.summary.contains("as its failover route #2"))
        #expect(
            failover.evidence.trustChains.contains {
                $0.hasPrefix("China Telecom (Americas) Corporation → (owned 100% by) China Telecom Corporation Limited")
            }
        )
    }

    @Test func anUntrustedCarrierFurtherOnIsAnExposure() throws {
        let findings = try Evaluator().evaluate(try Self.snapshot(asOf: "2024-06-01")).findings.filter { $0.rule == .voice }
        let exposure = try #require(Self.finding(findings, "att", "china-mobile-hong-kong", .exposure, prefix: "852"))
        #expect(exposure.evidence.hops.map(\.ref) == ["att", "pccw-global", "china-mobile-hong-kong"])
        #expect(exposure.summary.contains("handed over by pccw-global (PCCW Global Limited, HK) on the primary path"))
        let china = try #require(Self.finding(findings, "att", "china-telecom-corp-ltd", .exposure, prefix: "86"))
        #expect(china.evidence.hops.first?.ref == "att" && china.evidence.hops.dropFirst().first?.ref == "tata-communications-america")
        #expect(findings.allSatisfy { $0.subject.country == "US" && !$0.subject.untrusted && $0.counterpart.untrusted })
    }

    @Test func routesCountOnlyWhileInForce() throws {
        let before = try Evaluator().evaluate(try Self.snapshot(asOf: "2021-06-01")).findings
        let direct = try #require(Self.finding(before, "lumen", "china-unicom-americas", .violation, prefix: "86130"))
        #expect(direct.evidence.hops.map(\.ref) == ["lumen", "china-unicom-americas", "china-unicom-operations"])
        let after = try Evaluator().evaluate(try Self.snapshot(asOf: "2023-01-01")).findings
        #expect(!after.contains { $0.subject.ref == "lumen" && $0.counterpart.ref == "china-unicom-americas" })
    }

    @Test func domesticRoutesAreCheckedButNotTraced() throws {
        let snapshot = try Self.snapshot(asOf: "2024-06-01", extraRoutes: "verizon,1242,china-telecom-americas,1,100,,\n")
        let findings = try Evaluator().evaluate(snapshot).findings
        let direct = try #require(Self.finding(findings, "verizon", "china-telecom-americas", .violation, prefix: "1242"))
        #expect(direct.evidence.hops.map(\.ref) == ["verizon", "china-telecom-americas"])
        #expect(direct.evidence.records.map(\.origin.line) == [48])
    }

    @Test func sameInputsGiveTheSameFindings() throws {
        let first = try Evaluator().evaluate(try Self.snapshot(asOf: "2024-06-01")).findings
        let second = try Evaluator().evaluate(try Self.snapshot(asOf: "2024-06-01")).findings
        #expect(first == second)
        #expect(Set(first.map(\.fingerprint)).count == first.count)
    }
}
