import CleanCarrierCore
import Foundation
import Testing

@Suite struct HTMLReportRendererTests {
    @Test func pageIsStandaloneEscapedAndDeterministic() {
        let page = HTMLReportRenderer.render(ReportFixtures.report)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(page == HTMLReportRenderer.render(ReportFixtures.report))
        #expect(page.contains("AT&amp;T &lt;Services&gt; &quot;US&quot;"))
        #expect(page.contains("[State &lt;Dept&gt;]"))
        #expect(!page.contains("<Services>") && !page.contains("<Dept>"))
        for external in ["<link", "<script", "src=", "@import", "url("] {
            #expect(!page.contains(external), "the page must load nothing: found \(external)")
        }
    }

    @Test func summaryCountsRulesSeveritiesAndCarriers() {
        let page = HTMLReportRenderer.render(ReportFixtures.report)
        #expect(
            page.contains(
                "<tr><td>CC-1 direct interconnect</td><td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">0</td><td class=\"number\">1</td></tr>"
            )
        )
        #expect(
            page.contains(
                "<tr class=\"total\"><td>All rules</td><td class=\"number\">1</td><td class=\"number\">1</td><td class=\"number\">0</td><td class=\"number\">2</td></tr>"
            )
        )
        #expect(page.contains("<a href=\"#carrier-AS7018\">"))
        #expect(page.contains("<section class=\"carrier\" id=\"carrier-AS7018\">"))
        #expect(page.components(separatedBy: "<article class=\"finding").count == 3)
    }

    @Test func pathsAreDrawnHopByHopWithTrustColoursAndBasisLabels() {
        let page = HTMLReportRenderer.render(ReportFixtures.report)
        #expect(page.components(separatedBy: "<svg class=\"path\"").count == 3)
        #expect(page.contains("<g class=\"hop protected\" data-ref=\"AS7018\">"))
        #expect(page.contains("<g class=\"hop untrusted\" data-ref=\"AS4134\">"))
        #expect(page.contains("<g class=\"hop other\" data-ref=\"AS4637\">"))
        #expect(page.contains("fill=\"#fde2e1\" stroke=\"#c62828\""))
        #expect(page.contains("data-edge=\"0\" data-basis=\"declared + inferred\""))
        #expect(page.contains("data-edge=\"0\" data-basis=\"observed\""))
        #expect(page.contains("data-edge=\"1\" data-basis=\"inferred\""))
        #expect(page.contains("aria-label=\"Path: AS7018 → AS4637 → AS4134\""))
    }

    @Test func emptyReportSaysSo() {
        var report = ReportFixtures.report
        report.entries = []
        let page = HTMLReportRenderer.render(report)
        #expect(page.contains("No interconnection with an untrusted carrier was found."))
        #expect(!page.contains("<svg"))
    }
}
