import CleanCarrierCore
import Testing

/// A diff's clean-telco changes: verdicts and reasons, not the records an uploaded-again inventory cites.
@Suite struct CleanTelcoChangeTests {
    static func diff(before: [CleanTelcoStatus], after: [CleanTelcoStatus]) -> EvaluationReport {
        let day = CleanPathWorld.day("2024-06-01")
        var report = EvaluationReport(
            evaluationID: 2,
            asOf: day,
            registryVersion: nil,
            datasets: [],
            baseline: .init(evaluationID: 1, asOf: day, registryVersion: nil, datasets: []),
            entries: []
        )
        report.cleanTelco = after
        report.baseline?.cleanTelco = before
        return report
    }

    static func statuses(_ csv: String, dataset: Int64 = 9) -> [CleanTelcoStatus] {
        CleanPathWorld.judge(inventory: csv).statuses().map { status in
            var status = status
            status.inventoryDatasets = [dataset]
            status.reasons = status.reasons.map { reason in
                var reason = reason
                reason.element?.origin.dataset = dataset
                return reason
            }
            return status
        }
    }

    @Test func theSameInventoryUploadedAgainChangesNothing() {
        let row = "transit,Site T2,control,switching,vendor-x,Switch X,2020-01-01,,\n"
        let report = Self.diff(
            before: Self.statuses(CleanPathWorld.cleanInventory + row),
            after: Self.statuses(CleanPathWorld.cleanInventory + row, dataset: 10)
        )
        #expect(report.cleanTelcoChanges.isEmpty)
        #expect(EvaluationReport(evaluationID: 1, asOf: report.asOf, registryVersion: nil, datasets: [], entries: []).cleanTelcoChanges.isEmpty)
    }

    @Test func aNewReasonWithTheSameVerdictIsAChangeAndSaysSo() {
        let one = "transit,Site T2,control,switching,vendor-x,Switch X,2020-01-01,,\n"
        let two = one + "transit,Site T3,control,core,vendor-x,Core X,2020-01-01,,\n"
        let report = Self.diff(before: Self.statuses(CleanPathWorld.cleanInventory + one), after: Self.statuses(CleanPathWorld.cleanInventory + two))
        #expect(report.cleanTelcoChanges.map(\.line) == ["transit: not clean (reasons changed)"])
        let markdown = MarkdownReportRenderer.render(report)
        #expect(markdown.contains("Changed since the baseline:\n\n- transit: not clean (reasons changed): "))
        #expect(HTMLReportRenderer.render(report).contains("<li>transit: not clean (reasons changed)</li>"))
    }
}
