extension HTMLReportRenderer {
    /// One US party's section: a heading, then each of its findings.
    static func section(_ section: EvaluationReport.CarrierSection, homeCountry: String) -> String {
        let count = section.entries.count
        var out = "<section class=\"carrier\" id=\"\(HTMLText.anchor("carrier", section.subject.ref))\">\n"
        out += "<h2>\(HTMLText.escape(section.subject.label))</h2>\n"
        out += "<p class=\"meta\">\(count) finding\(count == 1 ? "" : "s")</p>\n"
        for entry in section.entries {
            out += Self.article(entry, homeCountry: homeCountry)
        }
        return out + "</section>\n"
    }

    /// One finding: heading, badges, summary, drawn path, evidence records and trust chains.
    static func article(_ entry: EvaluationReport.Entry, homeCountry: String) -> String {
        let finding = entry.finding
        var out = "<article class=\"finding \(finding.severity.rawValue) \(entry.status.rawValue)\""
        out += " id=\"\(HTMLText.anchor("finding", finding.fingerprint))\" data-rule=\"\(finding.rule.rawValue)\""
        out += " data-severity=\"\(finding.severity.rawValue)\" data-status=\"\(entry.status.rawValue)\""
        out += " data-subject=\"\(HTMLText.escape(finding.subject.ref))\" data-counterpart=\"\(HTMLText.escape(finding.counterpart.ref))\">\n"
        out += "<h3>\(finding.rule.rawValue) \(HTMLText.escape(finding.rule.title)): "
        out += "\(HTMLText.escape(finding.subject.ref)) → \(HTMLText.escape(finding.counterpart.ref))</h3>\n"
        out += "<p><span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span>"
        out += "<span class=\"badge \(entry.status.rawValue)\">\(entry.status.rawValue)</span>"
        out +=
            "<span class=\"meta\">seen from evaluation #\(entry.firstSeen) to #\(entry.lastSeen) · fingerprint <code>\(finding.fingerprint)</code></span></p>\n"
        out += "<p class=\"summary\">\(HTMLText.escape(finding.summary)).</p>\n"
        out += "<figure class=\"diagram\">\(PathDiagram(evidence: finding.evidence, homeCountry: homeCountry).svg)</figure>\n"
        out += "<table class=\"records\">\n<thead><tr><th>Basis</th><th>Record</th><th>Source</th></tr></thead>\n<tbody>\n"
        for record in finding.evidence.records {
            out += "<tr><td>\(record.basis.rawValue)</td><td>\(HTMLText.escape(record.detail))</td>"
            out += "<td>dataset #\(record.origin.dataset) <code>\(HTMLText.escape(Self.place(of: record.origin)))</code></td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !finding.evidence.trustChains.isEmpty {
            out += "<ul class=\"trust\">\n"
            for chain in finding.evidence.trustChains { out += "<li>\(HTMLText.escape(chain))</li>\n" }
            out += "</ul>\n"
        }
        return out + "</article>\n"
    }

    /// `file:line`, `file object`, or the file alone.
    static func place(of origin: RecordOrigin) -> String {
        var place = origin.line.map { "\(origin.file):\($0)" } ?? origin.file
        if let object = origin.object { place += " \(object)" }
        return place
    }
}
