import Foundation

/// Renders a report as JSON (schema: docs/FORMATS.md#report-json), with sorted keys so equal reports give equal bytes.
public enum JSONReportRenderer {
    /// The JSON bytes of `report`.
    public static func render(_ report: EvaluationReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(report)
    }
}
