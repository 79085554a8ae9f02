import Foundation

/// Renders a report as Markdown: a summary, a table of findings, then each finding with its evidence.
public enum MarkdownReportRenderer {
    /// The Markdown text of `report`.
    public static func render(_ report: EvaluationReport) -> String {
        var out = "# CleanCarrier compliance report\n\n"
        out += "- \(report.title)\n"
        if let baseline = report.baseline {
            out += "- Changes: \(report.count(of: .new)) new, \(report.count(of: .resolved)) resolved, \(report.count(of: .persisting)) persisting\n"
            out += "- Baseline #\(baseline.evaluationID) datasets: \(baseline.datasets.map { "#\($0.id)" }.joined(separator: ", "))\n"
        }
        if let version = report.registryVersion { out += "- Registry version: dataset #\(version)\n" }
        for dataset in report.datasets {
            out += "- Dataset #\(dataset.id): \(dataset.kind), `\(dataset.file)` (sha256 \(dataset.sha256.prefix(12)))\n"
        }
        out += "- Findings: \(report.entries.count)"
        let counts = report.counts.map { "\($0.rule.rawValue) \($0.severity.rawValue) \($0.count)" }
        if !counts.isEmpty { out += " (\(counts.joined(separator: "; ")))" }
        out += "\n\n"
        guard !report.entries.isEmpty else { return out + "No interconnection with an untrusted carrier was found.\n" + Self.cleanPath(report) }
        out += "| # | Rule | Severity | Subject | Counterpart | Basis | Status |\n|---|---|---|---|---|---|---|\n"
        for (number, entry) in report.entries.enumerated() {
            let finding = entry.finding
            let basis = Set(finding.evidence.records.map(\.basis.rawValue)).sorted().joined(separator: ", ")
            out += "| \(number + 1) | \(finding.rule.rawValue) | \(finding.severity.rawValue) | \(Self.cell(finding.subject.label)) "
            out += "| \(Self.cell(finding.counterpart.label)) | \(basis) | \(entry.status.rawValue) |\n"
        }
        if let cables = report.cables { out += "\n" + Self.cables(cables) }
        out += "\n## Findings\n"
        for (number, entry) in report.entries.enumerated() {
            let finding = entry.finding
            out += "\n### \(number + 1). \(finding.rule.rawValue) \(finding.rule.title): \(finding.subject.ref) → \(finding.counterpart.ref)\n\n"
            out += "\(finding.summary).\n\n"
            out +=
                "- Severity: \(finding.severity.rawValue); status: \(entry.status.rawValue) (seen from evaluation #\(entry.firstSeen) to #\(entry.lastSeen)); "
            out += "fingerprint `\(finding.fingerprint)`\n"
            out += "- Path: \(finding.evidence.hops.map { $0.untrusted ? "**\($0.ref)** (untrusted)" : $0.ref }.joined(separator: " → "))\n"
            for record in finding.evidence.records {
                let line = record.origin.line.map { ":\($0)" } ?? ""
                let object = record.origin.object.map { " \($0)" } ?? ""
                out +=
                    "- Evidence (\(record.basis.rawValue)): \(record.detail) — dataset #\(record.origin.dataset) `\(record.origin.file)\(line)\(object)`\n"
            }
            for chain in finding.evidence.trustChains { out += "- Trust: \(chain)\n" }
        }
        return out + Self.cleanPath(report)
    }

    private static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
