import CleanCarrierCore
public import Foundation
public import Logging
import PostgresNIO

extension DatasetImporter {
    /// Imports a carrier's equipment inventory (CSV, docs/FORMATS.md "Equipment"); entities named as networks or vendors
    /// must be in the active registry. Each tenant's upload replaces that tenant's previous one.
    /// - Parameter ownNetworks: when given (a telco's upload), every element's network must be one of these (entity
    ///   ids or `AS...` references).
    public func importEquipment(
        file: String,
        data: Data,
        tenant: String? = nil,
        ownNetworks: Set<String>? = nil,
        logger: Logger
    ) async throws -> ImportOutcome {
        let known = try await self.activeEntityIDs(logger: logger)
        return try await self.importFile(kind: .equipment, tenant: tenant, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let elements = try EquipmentCSVReader.elements(in: text, file: file, knownEntities: known)
            if let ownNetworks {
                let errors = elements.filter { !ownNetworks.contains($0.network.description) }.map { element in
                    InputError(
                        file: file,
                        line: element.origin.line,
                        field: "network",
                        message: "'\(element.network)' is not one of the uploader's entities or networks"
                    )
                }
                guard errors.isEmpty else { throw InputErrors(errors) }
            }
            return Parsed(rows: elements.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(
                    table: "equipment",
                    columns: [
                        "dataset_id", "network", "site", "role", "kind", "vendor", "model", "in_service", "removed", "replacement_plan", "line",
                    ]
                )
                let dataset = String(id)
                for element in elements {
                    batch.append([
                        dataset, element.network.description, element.site, element.role.rawValue, element.kind?.rawValue, element.vendor.rawValue,
                        element.model, element.inService.description, element.removed?.description, element.replacementPlan?.description,
                        element.origin.line.map(String.init),
                    ])
                }
                return [batch]
            }
        }
    }
}
