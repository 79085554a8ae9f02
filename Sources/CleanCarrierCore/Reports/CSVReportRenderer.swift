import Foundation

/// Renders a report as CSV, one line per finding: for spreadsheets.
public enum CSVReportRenderer {
    /// The column names, in order.
    public static let header = [
        "evaluation", "as_of", "rule", "severity", "status", "subject", "subject_name", "subject_country", "counterpart",
        "counterpart_name", "counterpart_country", "path", "bases", "records", "trust_chains", "fingerprint", "first_seen", "last_seen",
        "baseline",
    ]

    /// The CSV text of `report` (RFC 4180 quoting, `\n` line ends).
    public static func render(_ report: EvaluationReport) -> String {
        var lines = [Self.header.joined(separator: ",")]
        for entry in report.entries {
            let finding = entry.finding
            let records = finding.evidence.records.map { record in
                let place = [record.origin.line.map(String.init), record.origin.object].compactMap { $0 }.joined(separator: " ")
                return "\(record.basis.rawValue): \(record.detail) [#\(record.origin.dataset) \(record.origin.file):\(place)]"
            }
            let fields = [
                String(report.evaluationID), report.asOf.description, finding.rule.rawValue, finding.severity.rawValue, entry.status.rawValue,
                finding.subject.ref, finding.subject.name ?? "", finding.subject.country ?? "", finding.counterpart.ref,
                finding.counterpart.name ?? "", finding.counterpart.country ?? "", finding.evidence.hops.map(\.ref).joined(separator: " "),
                Set(finding.evidence.records.map(\.basis.rawValue)).sorted().joined(separator: " "), records.joined(separator: " | "),
                finding.evidence.trustChains.joined(separator: " | "), finding.fingerprint, String(entry.firstSeen), String(entry.lastSeen),
                report.baseline.map { String($0.evaluationID) } ?? "",
            ]
            lines.append(fields.map(Self.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
