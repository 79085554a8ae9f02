import Foundation

extension MarkdownReportRenderer {
    /// The cable section: one row per cable, then the owners to review.
    static func cables(_ section: CableSection) -> String {
        var out = "## Submarine cables (CC-5)\n\n"
        out += "| Cable | Untrusted owners or landing parties | Lands in PRC territory | Carriers' circuits | Landing points | Status |\n"
        out += "|---|---|---|---|---|---|\n"
        for cable in section.cables {
            let cells = [
                cable.name, cable.untrustedParties.map(\.label).joined(separator: "; "), cable.directLink ? "yes" : "no",
                cable.carriers.map(\.label).joined(separator: "; "), cable.places.map { "\($0.name)" }.joined(separator: "; "), cable.status.rawValue,
            ]
            out += "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |\n"
        }
        if !section.ownersToReview.isEmpty {
            out += "\nOwners to review (\(section.ownersToReview.count), no registry entity): "
            out += section.ownersToReview.joined(separator: "; ") + "\n"
        }
        return out + "\n"
    }
}
