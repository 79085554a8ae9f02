import CleanCarrierCore
import Foundation

extension DemoRun.Outcome {
    /// What `cleancarrier demo` prints: the report in Markdown, then the Clean Path checks.
    public var document: String {
        let checks = self.cleanPaths.map(\.text).joined(separator: "\n")
        return MarkdownReportRenderer.render(self.report) + "\n"
            + "## Clean Path checks\n\nOne path of each verdict (`cleancarrier path check --from X --to Y`), with the illustrative inventory:\n\n"
            + "```\n\(checks)```\n"
    }

    /// Writes the report into `folder` (created when missing) in every format, as `report.<extension>`.
    /// - Returns: the paths written, in `ReportFormat.allCases` order.
    public func writeReports(into folder: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return try ReportFormat.allCases.map { format in
            let path = "\(folder)/report.\(format.fileExtension)"
            try format.render(self.report).write(to: URL(fileURLWithPath: path))
            return path
        }
    }
}
