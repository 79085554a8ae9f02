/// An SVG map of flagged cables on a plain equirectangular grid (longitude and latitude every 30°, no coastlines):
/// each cable a line from each home-country landing point to each landing point abroad, each landing point a dot.
enum CableMapDiagram {
    static let width = 720.0
    static let height = 360.0

    /// The SVG of `section`'s cables with coordinates, or `nil` when no landing point has any.
    static func svg(_ section: CableSection, homeCountry: String) -> String? {
        let cables = section.cables.filter { $0.places.contains { $0.latitude != nil && $0.longitude != nil } }
        guard !cables.isEmpty else { return nil }
        var out = "<svg class=\"cable-map\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(Self.width)) \(Int(Self.height))\" "
        out +=
            "role=\"img\" aria-label=\"Map of flagged cables\">\n<rect class=\"sea\" x=\"0\" y=\"0\" width=\"\(Int(Self.width))\" height=\"\(Int(Self.height))\"/>\n"
        for longitude in stride(from: -150, through: 150, by: 30) {
            let x = Self.x(Double(longitude))
            out += "<line class=\"grid\" x1=\"\(x)\" y1=\"0\" x2=\"\(x)\" y2=\"\(Int(Self.height))\"/>"
            out += "<text class=\"grid-label\" x=\"\(x + 2)\" y=\"\(Int(Self.height) - 4)\">\(longitude)°</text>\n"
        }
        for latitude in stride(from: -60, through: 60, by: 30) {
            let y = Self.y(Double(latitude))
            out += "<line class=\"grid\" x1=\"0\" y1=\"\(y)\" x2=\"\(Int(Self.width))\" y2=\"\(y)\"/>"
            out += "<text class=\"grid-label\" x=\"2\" y=\"\(y - 2)\">\(latitude)°</text>\n"
        }
        var dots: [String: Evidence.Place] = [:]
        for cable in cables {
            let tone = cable.untrustedParties.isEmpty ? "direct" : "untrusted"
            let placed = cable.places.filter { $0.latitude != nil && $0.longitude != nil }
            out += "<g class=\"cable \(tone)\" data-ref=\"\(HTMLText.escape(cable.ref))\"><title>\(HTMLText.escape(cable.name))</title>"
            for home in placed where home.country == homeCountry {
                for abroad in placed where abroad.country != homeCountry {
                    out += Self.segments(from: home, to: abroad)
                }
            }
            out += "</g>\n"
            for place in placed { dots[place.ref] = place }
        }
        for ref in dots.keys.sorted() {
            guard let place = dots[ref], let latitude = place.latitude, let longitude = place.longitude else { continue }
            let kind = place.country == homeCountry ? "home" : "abroad"
            out += "<circle class=\"landing \(kind)\" cx=\"\(Self.x(longitude))\" cy=\"\(Self.y(latitude))\" r=\"3\">"
            out += "<title>\(HTMLText.escape(place.name))</title></circle>\n"
        }
        return out + "</svg>\n"
    }

    /// The line between two places, split in two where the short way crosses the 180° meridian.
    private static func segments(from a: Evidence.Place, to b: Evidence.Place) -> String {
        guard let lat1 = a.latitude, let lon1 = a.longitude, let lat2 = b.latitude, let lon2 = b.longitude else { return "" }
        guard abs(lon2 - lon1) > 180 else { return Self.line(lon1, lat1, lon2, lat2) }
        // Cross at the edge: the shifted longitude of b lies beyond ±180.
        let shifted = lon2 > lon1 ? lon2 - 360 : lon2 + 360
        let edge = shifted < lon1 ? -180.0 : 180.0
        let latitude = lat1 + (lat2 - lat1) * (edge - lon1) / (shifted - lon1)
        return Self.line(lon1, lat1, edge, latitude) + Self.line(-edge, latitude, lon2, lat2)
    }

    private static func line(_ lon1: Double, _ lat1: Double, _ lon2: Double, _ lat2: Double) -> String {
        "<line x1=\"\(Self.x(lon1))\" y1=\"\(Self.y(lat1))\" x2=\"\(Self.x(lon2))\" y2=\"\(Self.y(lat2))\"/>"
    }

    /// Rounded to 0.1 so the same coordinates always give the same text.
    static func x(_ longitude: Double) -> Double { ((longitude + 180) * Self.width / 360 * 10).rounded() / 10 }
    static func y(_ latitude: Double) -> Double { ((90 - latitude) * Self.height / 180 * 10).rounded() / 10 }
}
