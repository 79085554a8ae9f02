import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

/// The cable section of the HTML report, as headless Chromium builds it: the map's grid, flagged cables and landing points.
@Suite(.enabled(if: HeadlessChromium.isAvailable, "needs Chromium: run scripts/setup-browser (always run under CI=true)"))
struct CableMapBrowserTests {
    @Test func theCableMapDrawsFlaggedCablesAndLandingPoints() async throws {
        let registryText = try String(contentsOfFile: TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml", encoding: .utf8)
        let registry = try RegistryYAMLReader.read(registryText, file: "registry.yaml").registry
        let folder = try CableMapSample.write()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var snapshot = Snapshot(asOf: Day(iso: "2024-06-01")!, registry: registry)
        snapshot.cables = try CableMapFolder(path: folder).read(dataset: 4)
        let findings = try Evaluator(rules: [CableRule()]).evaluate(snapshot).findings
        let report = EvaluationReport(
            evaluationID: 1,
            asOf: snapshot.asOf,
            registryVersion: nil,
            datasets: [],
            entries: findings.map { .init(finding: $0, status: .new, firstSeen: 1, lastSeen: 1) }
        )
        let file = folder + "/report.html"
        try Data(HTMLReportRenderer.render(report).utf8).write(to: URL(fileURLWithPath: file))
        let dom = try await HeadlessChromium.run(["--dump-dom"], file: file)
        #expect(dom.contains("<section id=\"cables\">"))
        #expect(dom.components(separatedBy: "<svg class=\"cable-map\"").count - 1 == 1)
        #expect(
            dom.components(separatedBy: "<line class=\"grid\"").count - 1 == 11 + 5,
            "meridians every 30° from -150 to 150, parallels from -60 to 60"
        )
        #expect(dom.contains("<g class=\"cable untrusted\" data-ref=\"cable:pacific-test\">"))
        #expect(dom.components(separatedBy: "<circle class=\"landing ").count - 1 == 2, "Hermosa Beach and Tseung Kwan O have coordinates")
        #expect(dom.contains("<circle class=\"landing home\" cx=\"123.2\" cy=\"112.3\""), "Hermosa Beach at 118.3995 W, 33.8622 N")
        #expect(dom.contains("Nobody Known Telecom, Ltd."), "the owners to review are listed")
    }
}
