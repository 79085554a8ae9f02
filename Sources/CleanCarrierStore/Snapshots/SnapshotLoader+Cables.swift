import CleanCarrierCore
import Logging
import PostgresNIO

extension SnapshotLoader {
    /// The cable map of the latest active cables dataset, and the circuits of every active cable-circuits dataset.
    func cables(in datasets: [Snapshot.DatasetRef], logger: Logger) async throws -> (map: CableMap?, circuits: [DeclaredCircuit]) {
        let repository = CableRepository(client: self.client)
        var map: CableMap?
        if let dataset = datasets.last(where: { $0.kind == DatasetKind.cables.rawValue }) {
            map = try await repository.map(dataset: dataset.id, logger: logger)
        }
        var circuits: [DeclaredCircuit] = []
        for dataset in datasets where dataset.kind == DatasetKind.cableCircuits.rawValue {
            circuits += try await repository.circuits(dataset: dataset.id, file: dataset.file, logger: logger)
        }
        return (map, circuits)
    }
}
