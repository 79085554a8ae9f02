public import CleanCarrierCore
import Foundation
public import Logging
import PostgresNIO

extension DatasetImporter {
    /// Imports a submarine cable map folder (TeleGeography API v3, read unchanged) as one dataset, in one transaction.
    ///
    /// The folder's files stand as one byte string (`CableMapFolder.bundle`), so an identical folder is a no-op; a bad
    /// file rejects the whole folder, each error naming its file and field. Landing parties must be registry entities.
    /// Owner names are mapped to entities of the active registry (`cable_owners.entity_id`); the names no entity
    /// matches are returned for review.
    /// - Returns: the outcome, and the owner names that map to no entity (sorted).
    public func importCables(folder: CableMapFolder, logger: Logger) async throws -> (outcome: ImportOutcome, unmappedOwners: [String]) {
        let registry = try await RegistryRepository(client: self.client).activeRegistry(logger: logger) ?? Registry()
        let matcher = OwnerNameMatcher(registry: registry)
        let known = Set(registry.entities.map(\.id))
        // A file that is not UTF-8 is rejected by name; the bundle handed to the importer is then decodable text.
        var decodeErrors: [InputError] = []
        do { _ = try folder.files() } catch { decodeErrors = error.errors }
        let data = decodeErrors.isEmpty ? folder.bundle : Data(String(decoding: folder.bundle, as: UTF8.self).utf8)
        var unmapped: [String] = []
        let outcome = try await self.importFile(kind: .cables, file: folder.path, data: data, logger: logger) { (_) throws(InputErrors) in
            guard decodeErrors.isEmpty else { throw InputErrors(decodeErrors) }
            let map = try folder.read()
            let unknown = map.landingParties.filter { !known.contains($0.entity) }.map { party in
                InputError(
                    file: party.origin.file,
                    line: party.origin.line,
                    field: "entity",
                    message: "unknown entity '\(party.entity)': not in the active registry"
                )
            }
            guard unknown.isEmpty else { throw InputErrors(unknown) }
            unmapped = Set(map.cables.flatMap(\.owners).map(\.name).filter { matcher.entity(for: $0) == nil }).sorted()
            let rows = map.cables.count + map.landingPoints.count + map.landingParties.count
            return Parsed(rows: rows, asOf: nil, scope: "") { id in CableRows.batches(map, matcher: matcher, dataset: id) }
        }
        return (outcome, outcome.status == .rejected ? [] : unmapped)
    }

    /// Imports a telco's declared circuits (CSV); cables and landing points must be in the active cable map, and
    /// entity carriers in the active registry.
    /// - Parameter ownParties: when given (a telco's upload), every circuit's carrier must be one of these (entity ids
    ///   or `AS...` references).
    public func importCableCircuits(
        file: String,
        data: Data,
        tenant: String? = nil,
        ownParties: Set<String>? = nil,
        logger: Logger
    ) async throws -> ImportOutcome {
        let known = try await self.activeEntityIDs(logger: logger)
        let map = try await CableRepository(client: self.client).activeMap(logger: logger)?.map
        return try await self.importFile(kind: .cableCircuits, tenant: tenant, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let circuits = try DeclaredCircuitCSVReader.circuits(in: text, file: file, cables: map, knownEntities: known)
            var errors: [InputError] = []
            for circuit in circuits {
                if let ownParties, !ownParties.contains(circuit.carrier.description) {
                    errors.append(
                        InputError(
                            file: file,
                            line: circuit.origin.line,
                            field: "carrier",
                            message: "'\(circuit.carrier)' is not one of the uploader's entities or networks"
                        )
                    )
                }
            }
            guard errors.isEmpty else { throw InputErrors(errors) }
            return Parsed(rows: circuits.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(
                    table: "cable_circuits",
                    columns: ["dataset_id", "carrier", "cable_id", "end_a", "end_b", "started", "ended", "line"]
                )
                for circuit in circuits {
                    batch.append([
                        String(id), circuit.carrier.description, circuit.cable, circuit.endA, circuit.endB, circuit.validity.from?.description,
                        circuit.validity.to?.description, circuit.origin.line.map(String.init),
                    ])
                }
                return [batch]
            }
        }
    }

}
