import CleanCarrierCore
import Foundation

extension ExposureAnalysis.Result {
    /// The header and one row per destination (exposures) or per changed destination (what-if), as TSV.
    public var tsv: String {
        switch self {
        case .exposures(let exposures): ([DestinationExposure.tsvHeader] + exposures.map(\.tsvRow)).map { $0 + "\n" }.joined()
        case .changes(let changes): ([ExposureChange.tsvHeader] + changes.map(\.tsvRow)).map { $0 + "\n" }.joined()
        }
    }

    /// For a what-if run, how many destinations changed and their exposed sources before and after.
    public var summary: String? {
        guard case .changes(let changes) = self else { return nil }
        let before = changes.reduce(0) { $0 + ($1.before?.exposedSources ?? 0) }
        let after = changes.reduce(0) { $0 + ($1.after?.exposedSources ?? 0) }
        return "what-if: \(changes.count) destination(s) changed; their exposed sources \(before) -> \(after)"
    }
}

extension ExposureAnalysis.Destinations {
    /// `all`, `country:CC`, or a comma-separated list of AS numbers.
    /// - Returns: `nil` when the list holds something that is not an AS number.
    public init?(parsing text: String) {
        if text == "all" {
            self = .all
        } else if text.hasPrefix("country:") {
            self = .country(String(text.dropFirst("country:".count)))
        } else if let asns = ASN.list(parsing: text) {
            self = .asns(asns)
        } else {
            return nil
        }
    }
}
