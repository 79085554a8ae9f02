import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation

/// The shipped registry and the sample cable map, for the cable tests.
enum CableTestSupport {
    static let registryPath = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    /// The registry as shipped, optionally with every FCC 25-49 designation given `threshold` as its own.
    static func registry(cableRulesThreshold threshold: Double? = nil) throws -> Registry {
        var registry = try RegistryYAMLReader.read(String(contentsOfFile: Self.registryPath, encoding: .utf8), file: "registry.yaml").registry
        for index in registry.designations.indices where registry.designations[index].instrument == .submarineCableRules {
            registry.designations[index].affiliateThreshold = threshold
        }
        return registry
    }

    /// The sample map, with optional retirements and declared circuits.
    static func snapshot(
        asOf: String,
        registry: Registry,
        retired: [String: String] = [:],
        circuits: [DeclaredCircuit] = []
    ) throws -> Snapshot {
        let files = CableMapSample.cables(retired: retired).map { CableMapReader.File(path: "cable/\($0.key).json", text: $0.value) }
        var snapshot = Snapshot(asOf: Day(iso: asOf)!, registry: registry)
        snapshot.cables = try CableMapReader.read(files, dataset: 3)
        snapshot.circuits = circuits
        return snapshot
    }

    /// `severity subject counterpart` of each CC-5 finding.
    static func keys(_ findings: [Finding]) -> [String] {
        findings.filter { $0.rule == .cable }.map { "\($0.severity.rawValue) \($0.subject.ref) \($0.counterpart.ref)" }
    }
}
