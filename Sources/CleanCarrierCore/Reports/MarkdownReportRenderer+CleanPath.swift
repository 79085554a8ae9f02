import Foundation

extension MarkdownReportRenderer {
    /// The Clean Path section: each carrier's clean-telco status with its evidence, and in a diff the changes.
    static func cleanPath(_ report: EvaluationReport) -> String {
        guard !report.cleanTelco.isEmpty || report.baseline?.cleanTelco.isEmpty == false else { return "" }
        var out = "\n## Clean Path\n\n"
        out += "Clean-telco status on \(report.asOf) (untrusted carriers and untrusted vendors' equipment in service): \(report.cleanTelcoCounts).\n"
        if report.baseline != nil {
            let changes = report.cleanTelcoChanges
            out += changes.isEmpty ? "\nNo clean-telco status changed since the baseline.\n" : "\nChanged since the baseline:\n\n"
            for change in changes { out += "- \(change.line)\(change.after.map { ": \($0.evidence)" } ?? "")\n" }
        }
        out += "\n| Carrier | Status | Evidence |\n|---|---|---|\n"
        for status in report.cleanTelco {
            out += "| \(Self.escaped(status.carrier.label)) | \(status.verdict.title) | \(Self.escaped(status.evidence)) |\n"
        }
        return out
    }

    private static func escaped(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
