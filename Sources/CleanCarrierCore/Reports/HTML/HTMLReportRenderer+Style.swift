extension HTMLReportRenderer {
    /// The page's only style sheet, inline: the page loads nothing from elsewhere.
    static let style = """
        body { font-family: -apple-system, "Segoe UI", "DejaVu Sans", Arial, sans-serif; margin: 0 auto; max-width: 1100px;
          padding: 0 24px 48px; color: #1d1d1f; line-height: 1.45; }
        header { border-bottom: 3px solid #1f3b63; margin-bottom: 16px; }
        h1 { color: #1f3b63; margin: 24px 0 4px; }
        h2 { color: #1f3b63; border-bottom: 1px solid #c8d0dc; padding-bottom: 4px; margin-top: 36px; }
        h3 { margin: 0 0 6px; font-size: 1.05em; }
        .lede { color: #444; margin: 0 0 12px; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-size: 0.92em; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #c8d0dc; padding: 4px 8px; text-align: left; vertical-align: top; }
        th { background: #eef2f7; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        tr.total td { font-weight: bold; background: #f6f8fa; }
        .legend span { display: inline-block; margin-right: 16px; }
        .swatch { display: inline-block; width: 14px; height: 14px; border: 2px solid; border-radius: 3px; vertical-align: middle; margin-right: 4px; }
        .finding { border: 1px solid #d0d7e2; border-left: 6px solid #757575; border-radius: 6px; padding: 12px 16px; margin: 14px 0; background: #fff; }
        .finding.violation { border-left-color: #c62828; }
        .finding.exposure { border-left-color: #ef6c00; }
        .finding.notice { border-left-color: #1565c0; }
        .finding.resolved { opacity: 0.75; background: #f7f7f7; }
        .badge { display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 0.8em; font-weight: bold; margin-right: 6px; color: #fff; background: #757575; }
        .badge.violation { background: #c62828; }
        .badge.exposure { background: #ef6c00; }
        .badge.notice { background: #1565c0; }
        .finding.direct-link { border-left-color: #8d6e63; }
        .badge.direct-link { background: #8d6e63; }
        svg.cable-map { max-width: 100%; height: auto; border: 1px solid #c8d0dc; }
        svg.cable-map .sea { fill: #f4f8fc; }
        svg.cable-map .grid { stroke: #c8d0dc; stroke-width: 0.5; }
        svg.cable-map .grid-label { fill: #7a8799; font-size: 8px; }
        svg.cable-map .cable line { stroke-width: 1.5; stroke-opacity: 0.8; }
        svg.cable-map .cable.untrusted line { stroke: #c62828; }
        svg.cable-map .cable.direct line { stroke: #ef6c00; }
        svg.cable-map .landing { stroke: #1f3b63; stroke-width: 1; }
        svg.cable-map .landing.home { fill: #1f3b63; }
        svg.cable-map .landing.abroad { fill: #fff; }
        .badge.new { background: #6a1b9a; }
        .badge.persisting { background: #546e7a; }
        .badge.resolved { background: #2e7d32; }
        .meta { color: #555; font-size: 0.85em; }
        figure.diagram { margin: 10px 0; }
        svg.path { max-width: 100%; height: auto; }
        ul.trust { margin: 4px 0 0; padding-left: 20px; font-size: 0.9em; }
        code { font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        footer { margin-top: 40px; color: #666; font-size: 0.85em; border-top: 1px solid #c8d0dc; padding-top: 8px; }
        """
}
