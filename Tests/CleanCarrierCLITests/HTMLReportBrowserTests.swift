import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

/// Renders the demo's HTML report in headless Chromium and checks what a reader's browser builds from it.
@Suite(
    .enabled(
        if: TestDatabase.isAvailable && HeadlessChromium.isAvailable,
        "needs PostgreSQL and Chromium: run scripts/setup and scripts/setup-browser (both always run under CI=true)"
    )
)
struct HTMLReportBrowserTests {
    @Test func demoReportRendersEveryFindingWithItsDrawnPath() async throws {
        try CLIBinary.requireFresh()
        try await TestDatabase.withFreshDatabase { _, url in
            let output = NSTemporaryDirectory() + "cc-html-\(UUID().uuidString.prefix(8))"
            defer { try? FileManager.default.removeItem(atPath: output) }
            let demo = try await DemoCommandTests.run(["demo", "--as-of", "2024-06-01", "--output-dir", output], databaseURL: url.connectionString)
            #expect(demo.status == 0, "\(demo.stderr)")
            let json = try Data(contentsOf: URL(fileURLWithPath: "\(output)/report.json"))
            let report = try JSONDecoder().decode(EvaluationReport.self, from: json)
            let dom = try await HeadlessChromium.run(["--dump-dom"], file: "\(output)/report.html")
            #expect(dom.hasPrefix("<!DOCTYPE html>"))
            #expect(dom.components(separatedBy: "<article class=\"finding").count - 1 == report.entries.count)
            #expect(dom.components(separatedBy: "<svg class=\"path\"").count - 1 == report.entries.count)
            let hops = report.entries.reduce(0) { $0 + $1.finding.evidence.hops.count }
            #expect(dom.components(separatedBy: "<g class=\"hop ").count - 1 == hops)
            #expect(dom.components(separatedBy: "<rect ").count - 1 == hops)
            #expect(dom.contains("data-subject=\"AS174\" data-counterpart=\"AS4134\""))
            #expect(dom.contains("<g class=\"hop untrusted\" data-ref=\"AS4134\">"))
            #expect(dom.contains("data-basis=\"declared\""))
            #expect(dom.contains("<a href=\"#carrier-att\">att (AT&amp;T Services Inc., US)</a>"))

            let screenshot = "\(output)/report.png"
            _ = try await HeadlessChromium.run(["--window-size=1280,2000", "--screenshot=\(screenshot)"], file: "\(output)/report.html")
            let png = try Data(contentsOf: URL(fileURLWithPath: screenshot))
            #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
            let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
            let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
            #expect(width == 1280 && height == 2000)
            #expect(png.count > 50_000, "a page of findings is not a blank screenshot")
        }
    }
}
