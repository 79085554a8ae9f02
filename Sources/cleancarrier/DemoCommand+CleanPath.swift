import CleanCarrierCore
import CleanCarrierStore
import Logging
import PostgresNIO

extension DemoCommand {
    /// The paths the demo checks: one of each verdict with the illustrative inventory (Fixtures/equipment/README.md).
    static let cleanPathExamples = [("att", "+447300123456"), ("att", "+85244123456"), ("verizon", "+85244123456")]

    /// The Clean Path verdicts of the example paths as of `asOf`, through the store.
    static func cleanPaths(asOf: Day, client: PostgresClient, logger: Logger) async throws -> [CleanPathResult] {
        let snapshot = try await SnapshotLoader(client: client).load(asOf: asOf, kinds: PathCheckCommand.kinds, logger: logger)
        let judge = CleanPathJudge(context: EvaluationContext(snapshot: snapshot))
        return try Self.cleanPathExamples.map { from, to in try judge.check(from: from, to: to) }
    }

    /// `## Clean Path checks`, then each path as `cleancarrier path check` prints it.
    static func cleanPathSection(_ results: [CleanPathResult]) -> String {
        var out = "## Clean Path checks\n\n"
        out += "One path of each verdict (`cleancarrier path check --from X --to Y`), with the illustrative inventory:\n\n```\n"
        out += results.map(\.text).joined(separator: "\n")
        return out + "```\n"
    }
}
