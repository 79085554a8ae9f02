import CleanCarrierCore

extension DemoCommand {
    /// The paths the demo checks: one of each verdict with the illustrative inventory (Fixtures/equipment/README.md).
    static let cleanPathExamples: [(from: String, to: String)] = [("att", "+447300123456"), ("att", "+85244123456"), ("verizon", "+85244123456")]

    /// `## Clean Path checks`, then each path as `cleancarrier path check` prints it.
    static func cleanPathSection(_ results: [CleanPathResult]) -> String {
        var out = "## Clean Path checks\n\n"
        out += "One path of each verdict (`cleancarrier path check --from X --to Y`), with the illustrative inventory:\n\n```\n"
        out += results.map(\.text).joined(separator: "\n")
        return out + "```\n"
    }
}
