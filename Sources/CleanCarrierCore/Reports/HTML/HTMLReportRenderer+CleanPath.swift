extension HTMLReportRenderer {
    /// The Clean Path section: a table of each carrier's clean-telco status and evidence, and in a diff the changes.
    static func cleanPath(_ report: EvaluationReport) -> String {
        guard !report.cleanTelco.isEmpty || report.baseline?.cleanTelco.isEmpty == false else { return "" }
        var out = "<section id=\"clean-path\">\n<h2>Clean Path</h2>\n"
        out += "<p>Clean-telco status on \(report.asOf): \(HTMLText.escape(report.cleanTelcoCounts)).</p>\n"
        if report.baseline != nil {
            let changes = report.cleanTelcoChanges
            if changes.isEmpty {
                out += "<p>No clean-telco status changed since the baseline.</p>\n"
            } else {
                out += "<ul class=\"clean-telco-changes\">\n"
                for change in changes { out += "<li>\(HTMLText.escape(change.line))</li>\n" }
                out += "</ul>\n"
            }
        }
        out += "<table class=\"clean-telco\">\n<thead><tr><th>Carrier</th><th>Status</th><th>Evidence</th></tr></thead>\n<tbody>\n"
        for status in report.cleanTelco {
            out += "<tr><td>\(HTMLText.escape(status.carrier.label))</td><td>\(status.verdict.title)</td>"
            out += "<td>\(HTMLText.escape(status.evidence))"
            for chain in status.reasons.flatMap(\.trustChains) { out += "<br>\(HTMLText.escape(chain))" }
            out += "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
