import CleanCarrierStore
import Foundation

extension ImportProgress: CustomStringConvertible {
    /// What the command line prints as the import goes: one line per file, then every kept error of a rejected one.
    public var description: String {
        switch self {
        case .createdTenant(let tenant): return "created tenant \(tenant)"
        case .ownersToReview(_, let owners):
            return "owners to review (\(owners.count), no registry entity or alias): \(owners.joined(separator: ", "))"
        case .imported(let file, let outcome):
            switch outcome.status {
            case .imported:
                return "imported \(file): dataset #\(outcome.datasetID), \(outcome.rows) rows in \(String(format: "%.2f", outcome.seconds)) s"
            case .unchanged: return "unchanged \(file): identical to dataset #\(outcome.datasetID)"
            case .rejected:
                let more = outcome.errorCount > outcome.errors.count ? ["  ... and \(outcome.errorCount - outcome.errors.count) more errors"] : []
                return (["rejected \(file) (dataset #\(outcome.datasetID), nothing loaded):"] + outcome.errors.map { "  \($0)" } + more)
                    .joined(separator: "\n")
            }
        }
    }
}
