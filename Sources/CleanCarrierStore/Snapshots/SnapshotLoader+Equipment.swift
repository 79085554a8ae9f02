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
                (String, String, String, String?, String, String, String, String?, String?, Int).self
            ) {
                guard case .success(let network) = PartyRef.parse(network), let role = EquipmentRole(rawValue: role),
                    let inService = Day(iso: inService)
                else { continue }
                elements.append(
                    EquipmentElement(
                        network: network,
                        site: site,
                        role: role,
                        kind: kind.flatMap(EquipmentKind.init(rawValue:)),
                        vendor: EntityID(vendor),
                        model: model,
                        inService: inService,
                        removed: removed.flatMap { Day(iso: $0) },
                        replacementPlan: plan.flatMap { Day(iso: $0) },
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: line)
                    )
                )
            }
        }
        return elements
    }
}
