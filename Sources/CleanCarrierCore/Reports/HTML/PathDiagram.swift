/// Draws a finding's path as inline SVG: each hop a box, left to right, coloured by trust (untrusted red, protected
/// home-country green, other grey), each edge labelled with the bases of the records behind it.
///
/// Sizes come from character counts, not font metrics, so the same evidence always gives the same bytes.
struct PathDiagram {
    /// How a hop is drawn.
    enum Tone: String {
        case untrusted, protected, other

        var fill: String {
            switch self {
            case .untrusted: "#fde2e1"
            case .protected: "#e2f3e5"
            case .other: "#eeeeee"
            }
        }

        var stroke: String {
            switch self {
            case .untrusted: "#c62828"
            case .protected: "#2e7d32"
            case .other: "#757575"
            }
        }
    }

    static let boxHeight = 50
    static let padding = 8
    static let characterWidth = 7
    static let nameLimit = 30

    let evidence: Evidence
    let homeCountry: String

    /// The tone of `party`.
    func tone(of party: Party) -> Tone {
        if party.untrusted { return .untrusted }
        return party.country == self.homeCountry ? .protected : .other
    }

    /// The label of the edge from `hops[edge]` to `hops[edge + 1]`: its records' bases, e.g. `declared + inferred`.
    func label(ofEdge edge: Int) -> String {
        let bases = Set(self.evidence.records(onEdge: edge).map(\.basis))
        return Evidence.Basis.allCases.filter(bases.contains).map(\.rawValue).joined(separator: " + ")
    }

    /// The `<svg>` element.
    var svg: String {
        let hops = self.evidence.hops
        let names = hops.map { party in
            HTMLText.truncated([party.name, party.country].compactMap { $0 }.joined(separator: ", "), to: Self.nameLimit)
        }
        let widths = hops.indices.map { max(96, max(hops[$0].ref.count, names[$0].count) * Self.characterWidth + 20) }
        let labels = hops.indices.dropLast().map { self.label(ofEdge: $0) }
        let gaps = labels.map { max(110, $0.count * Self.characterWidth + 24) }
        let width = widths.reduce(0, +) + gaps.reduce(0, +) + 2 * Self.padding
        let height = Self.boxHeight + 2 * Self.padding
        let middle = Self.padding + Self.boxHeight / 2
        let description = "Path: " + hops.map(\.ref).joined(separator: " → ")
        var out = "<svg class=\"path\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\""
        out += " viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"\(HTMLText.escape(description))\">"
        var x = Self.padding
        for (index, party) in hops.enumerated() {
            let tone = self.tone(of: party)
            let centre = x + widths[index] / 2
            out += "<g class=\"hop \(tone.rawValue)\" data-ref=\"\(HTMLText.escape(party.ref))\">"
            out += "<title>\(HTMLText.escape(party.label))\(party.untrusted ? " (untrusted)" : "")</title>"
            out += "<rect x=\"\(x)\" y=\"\(Self.padding)\" width=\"\(widths[index])\" height=\"\(Self.boxHeight)\" rx=\"6\""
            out += " fill=\"\(tone.fill)\" stroke=\"\(tone.stroke)\" stroke-width=\"2\"/>"
            out += "<text x=\"\(centre)\" y=\"\(Self.padding + 21)\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"bold\""
            out += " fill=\"\(tone.stroke)\">\(HTMLText.escape(party.ref))</text>"
            out += "<text x=\"\(centre)\" y=\"\(Self.padding + 39)\" text-anchor=\"middle\" font-size=\"11\" fill=\"#333333\">"
            out += "\(HTMLText.escape(names[index]))</text></g>"
            x += widths[index]
            guard index < labels.count else { continue }
            out += self.edge(from: x, to: x + gaps[index], y: middle, label: labels[index], index: index)
            x += gaps[index]
        }
        return out + "</svg>"
    }

    /// An arrow from `start` to `end` at height `y`, with its label above it.
    private func edge(from start: Int, to end: Int, y: Int, label: String, index: Int) -> String {
        let tip = end - 2
        var out = "<g class=\"edge\" data-edge=\"\(index)\" data-basis=\"\(HTMLText.escape(label))\">"
        out += "<line x1=\"\(start + 2)\" y1=\"\(y)\" x2=\"\(tip - 8)\" y2=\"\(y)\" stroke=\"#555555\" stroke-width=\"2\""
        out += label.isEmpty ? " stroke-dasharray=\"4 3\"/>" : "/>"
        out += "<polygon points=\"\(tip - 10),\(y - 5) \(tip),\(y) \(tip - 10),\(y + 5)\" fill=\"#555555\"/>"
        if !label.isEmpty {
            out += "<text x=\"\((start + end) / 2)\" y=\"\(y - 8)\" text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\""
            out += " fill=\"#333333\">\(HTMLText.escape(label))</text>"
        }
        return out + "</g>"
    }
}
