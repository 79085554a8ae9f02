import CleanCarrierCore
import Logging
import PostgresNIO

extension SnapshotLoader {
    /// Every element of the active equipment datasets (all tenants), in dataset and line order.
    func equipment(in datasets: [Snapshot.DatasetRef], logger: Logger) async throws -> [EquipmentElement] {
        var elements: [EquipmentElement] = []
        for dataset in datasets where dataset.kind == DatasetKind.equipment.rawValue {
            let rows = try await self.client.query(
                """
                SELECT network, site, role, kind, vendor, model, in_service::text, removed::text, replacement_plan::text, line
                FROM equipment WHERE dataset_id = \(dataset.id) ORDER BY line
                """,
                logger: logger
            )
            for try await (network, site, role, kind, vendor, model, inService, removed, plan, line) in rows.decode(
                (String, String, EquipmentRole, EquipmentKind?, String, String, String, String?, String?, Int).self
            ) {
                elements.append(
                    EquipmentElement(
                        network: try UnreadableStoredValue.party(network, table: "equipment", column: "network"),
                        site: site,
                        role: role,
                        kind: kind,
                        vendor: EntityID(vendor),
                        model: model,
                        inService: try UnreadableStoredValue.day(inService, table: "equipment", column: "in_service"),
                        removed: try UnreadableStoredValue.day(removed, table: "equipment", column: "removed"),
                        replacementPlan: try UnreadableStoredValue.day(plan, table: "equipment", column: "replacement_plan"),
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: line)
                    )
                )
            }
        }
        return elements
    }
}
