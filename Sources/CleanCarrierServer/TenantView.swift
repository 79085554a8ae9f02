import CleanCarrierCore
import CleanCarrierStore

/// What a telco may see of data that is not its own: records from datasets it may not see (another tenant's upload,
/// or operator records the regulator loaded) become "a record of another operator", with no file, line, dataset or
/// detail; dataset lists keep only its own and the public reference datasets; an evaluation's trigger loses whatever
/// names a key or schedule.
struct TenantView: Sendable {
    /// What stands in for a record the telco may not see.
    static let otherOperatorRecord = "a record of another operator"

    /// The datasets the telco may see: its own, and the public reference datasets.
    let visibleDatasets: Set<Int64>

    /// `evidence` with every record from a dataset the telco may not see reduced to its basis and place in the path.
    func evidence(_ evidence: Evidence) -> Evidence {
        var visible = evidence
        visible.records = evidence.records.map { record in
            guard record.origin.dataset != 0, !self.visibleDatasets.contains(record.origin.dataset) else { return record }
            return Evidence.Record(
                basis: record.basis,
                origin: RecordOrigin(dataset: 0, file: "", line: nil),
                detail: Self.otherOperatorRecord,
                hop: record.hop
            )
        }
        return visible
    }

    func finding(_ record: FindingRecord) -> FindingRecord {
        var visible = record
        visible.finding.evidence = self.evidence(record.finding.evidence)
        return visible
    }

    func report(_ report: EvaluationReport) -> EvaluationReport {
        var visible = report
        visible.datasets = self.datasets(report.datasets)
        visible.baseline?.datasets = self.datasets(report.baseline?.datasets ?? [])
        for index in visible.entries.indices {
            visible.entries[index].finding.evidence = self.evidence(visible.entries[index].finding.evidence)
        }
        return visible
    }

    func summary(_ summary: EvaluationSummary) -> EvaluationSummary {
        var visible = summary
        visible.datasetIDs = summary.datasetIDs.filter(self.visibleDatasets.contains)
        visible.trigger = Self.trigger(summary.trigger)
        return visible
    }

    /// A trigger as a telco sees it: its kind (`api`, `schedule`, `dataset`, `designation`, `cli`), without the key
    /// prefix or schedule name after the colon.
    static func trigger(_ trigger: String) -> String {
        String(trigger.prefix { $0 != ":" })
    }

    private func datasets(_ datasets: [Snapshot.DatasetRef]) -> [Snapshot.DatasetRef] {
        datasets.filter { self.visibleDatasets.contains($0.id) }
    }
}
