extension CSVReportRenderer {
    /// One line per carrier's clean-telco status, in the findings' columns: rule `clean-telco`, severity the verdict
    /// (`clean`, `not-clean`, `unknown`), status `changed` in a diff when it differs from the baseline, records the evidence.
    static func cleanTelcoFields(_ report: EvaluationReport) -> [[String]] {
        let changed = Set(report.cleanTelcoChanges.map(\.carrier))
        return report.cleanTelco.map { status in
            let records = status.reasons.isEmpty ? [status.evidence] : status.reasons.map(\.summary)
            return [
                String(report.evaluationID), report.asOf.description, "clean-telco", status.verdict.rawValue,
                report.baseline == nil ? "" : changed.contains(status.carrier.ref) ? "changed" : "unchanged", status.carrier.ref,
                status.carrier.name ?? "", status.carrier.country ?? "", "", "", "", status.carrier.ref, "declared", records.joined(separator: " | "),
                status.reasons.flatMap(\.trustChains).joined(separator: " | "), "", "", "", report.baseline.map { String($0.evaluationID) } ?? "",
            ]
        }
    }
}
