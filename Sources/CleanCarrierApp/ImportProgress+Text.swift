public import CleanCarrierStore
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

extension ASNRegistrationRepository.Summary: CustomStringConvertible {
    /// What the store holds of the public registries, e.g. `RIR registrations: 78812 ASNs in 5 datasets (afrinic, apnic,
    /// arin, lacnic, ripencc); US 24883, CN 1315, HK 758; AS names: 79546`.
    public var description: String {
        let scopes = self.rirDatasets.keys.sorted().joined(separator: ", ")
        let countries = ["US", "CN", "HK"].map { "\($0) \(self.byCountry[$0] ?? 0)" }.joined(separator: ", ")
        let datasets = self.rirDatasets.count == 1 ? "1 dataset" : "\(self.rirDatasets.count) datasets"
        return "RIR registrations: \(self.asns) ASNs in \(datasets) (\(scopes)); \(countries); AS names: \(self.names)"
    }
}
