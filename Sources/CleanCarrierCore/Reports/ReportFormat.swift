import Foundation

/// The formats a report is rendered in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    case markdown, json, csv, html

    /// The file extension of a report in this format.
    public var fileExtension: String { self == .markdown ? "md" : self.rawValue }

    /// The bytes of `report` in this format (HTML: a standalone page).
    public func render(_ report: EvaluationReport) throws -> Data {
        switch self {
        case .markdown: Data(MarkdownReportRenderer.render(report).utf8)
        case .json: try JSONReportRenderer.render(report)
        case .csv: Data(CSVReportRenderer.render(report).utf8)
        case .html: Data(HTMLReportRenderer.render(report).utf8)
        }
    }
}
