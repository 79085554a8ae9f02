public import CleanCarrierCore
public import CleanCarrierStore
public import Logging

/// The demo: the fixtures imported in order into the store, one evaluation, its report, and one Clean Path check of
/// each verdict. What `cleancarrier demo` runs and prints.
public enum DemoRun {
    /// What the demo made.
    public struct Outcome: Sendable {
        public var evaluation: EvaluationOutcome
        public var report: EvaluationReport
        /// The checks of `cleanPathExamples`, in order.
        public var cleanPaths: [CleanPathResult]
    }

    /// The fixtures, in import order, each with its kind (paths below the fixtures folder).
    public static let steps: [(kind: DatasetKind, path: String)] = [
        (.registry, "registry/registry.yaml"), (.rirDelegated, "registry/delegated-extract.txt"), (.asNames, "registry/asnames-extract.txt"),
        (.asRelationships, "caida/prc-neighbourhood.as-rel.txt"), (.interconnects, "interconnects/declared.csv"), (.numberRanges, "voice/ranges.csv"),
        (.voiceRoutes, "voice/routes.csv"), (.peeringDB, "peeringdb/peeringdb.json"), (.equipment, "equipment/inventory.csv"),
    ]

    /// The paths checked: one of each verdict with the illustrative inventory (Fixtures/equipment/README.md).
    public static let cleanPathExamples: [(from: String, to: String)] = [
        ("att", "+447300123456"), ("att", "+85244123456"), ("verizon", "+85244123456"),
    ]

    /// Imports `steps` from `fixtures` (an unchanged file is skipped), evaluates as of `asOf` and checks the examples.
    /// - Parameter progress: told of each file as it is imported.
    /// - Throws: `ImportRejection` when a fixture is rejected.
    public static func run(
        fixtures: String,
        asOf: Day,
        services: AppServices,
        logger: Logger,
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> Outcome {
        for step in Self.steps {
            try await services.imports.importFilesOrFail(["\(fixtures)/\(step.path)"], kind: step.kind, logger: logger, progress: progress)
        }
        let evaluation = try await services.evaluations.evaluate(asOf: asOf, trigger: "demo", logger: logger)
        let report = try await services.reports.report(evaluation: evaluation.id, logger: logger)
        let cleanPaths = try await services.traces.cleanPaths(from: Self.cleanPathExamples, asOf: asOf, logger: logger)
        return Outcome(evaluation: evaluation, report: report, cleanPaths: cleanPaths)
    }
}
