extension HTMLReportRenderer {
    /// The cable section: the map of flagged cables, a table of them, and the owners to review.
    static func cables(_ section: CableSection, homeCountry: String) -> String {
        var out = "<section id=\"cables\">\n<h2>Submarine cables (CC-5)</h2>\n"
        if let map = CableMapDiagram.svg(section, homeCountry: homeCountry) {
            out += "<figure>\n\(map)<figcaption>Equirectangular grid, 30° apart. Red: a cable with an untrusted owner or landing "
            out +=
                "party; orange: a direct link to PRC territory. Dots: landing points (\(HTMLText.escape(homeCountry)) filled).</figcaption>\n</figure>\n"
        }
        out += "<table class=\"cables\">\n<thead><tr><th>Cable</th><th>Untrusted owners or landing parties</th><th>Lands in PRC territory</th>"
        out += "<th>Carriers' circuits</th><th>Landing points</th><th>Status</th></tr></thead>\n<tbody>\n"
        for cable in section.cables {
            out += "<tr><td>\(HTMLText.escape(cable.name))</td>"
            out += "<td>\(HTMLText.escape(cable.untrustedParties.map(\.label).joined(separator: "; ")))</td>"
            out += "<td>\(cable.directLink ? "yes" : "no")</td><td>\(HTMLText.escape(cable.carriers.map(\.label).joined(separator: "; ")))</td>"
            out += "<td>\(HTMLText.escape(cable.places.map { "\($0.name)" }.joined(separator: "; ")))</td><td>\(cable.status.rawValue)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !section.ownersToReview.isEmpty {
            out += "<details class=\"review\"><summary>\(section.ownersToReview.count) owners to review (no registry entity)</summary>\n<ul>\n"
            for owner in section.ownersToReview { out += "<li>\(HTMLText.escape(owner))</li>\n" }
            out += "</ul>\n</details>\n"
        }
        return out + "</section>\n"
    }
}
