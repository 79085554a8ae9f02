/// Reads a carrier's equipment inventory from CSV (docs/FORMATS.md, "Equipment"):
/// `network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan`, with a header line.
///
/// `network` is an entity id or an ASN written `AS64500`; `vendor` an entity id; `kind`, `removed_on` and
/// `replacement_plan` may be empty. Every problem is reported with its line and column name.
public enum EquipmentCSVReader {
    /// The columns, in the order the header must name them.
    public static let columns = ["network", "site", "role", "kind", "vendor", "model", "in_service_from", "removed_on", "replacement_plan"]

    /// The elements of `text`, the content of `file`, tagged with `dataset`.
    /// - Parameter knownEntities: when given, every entity named as a network or vendor must be one of these.
    /// - Throws: `InputErrors` naming the line and field of the first 100 problems, and counting them all.
    public static func elements(
        in text: String,
        file: String,
        dataset: Int64 = 0,
        knownEntities: Set<EntityID>? = nil
    ) throws(InputErrors) -> [EquipmentElement] {
        try FixedColumnCSV.read(text, file: file, columns: Self.columns) { row in
            let network = row.network(knownEntities: knownEntities)
            let site = row.required(1, "site")
            let role = row.choice(2, "role", as: EquipmentRole.self, required: true)
            let kind = row.choice(3, "kind", as: EquipmentKind.self, required: false)
            let vendor = row.vendor(knownEntities: knownEntities)
            let model = row.required(5, "model")
            let inService = row.day(6, "in_service_from", required: true)
            let removed = row.day(7, "removed_on")
            let plan = row.day(8, "replacement_plan")
            if let inService, let removed, removed <= inService { row.fail("removed_on", "is on or before in_service_from (\(inService))") }
            if let inService, let plan, plan < inService { row.fail("replacement_plan", "is before in_service_from (\(inService))") }
            guard let network, let site, let role, let vendor, let model, let inService, row.errors.isEmpty else { return nil }
            return EquipmentElement(
                network: network,
                site: site,
                role: role,
                kind: kind,
                vendor: vendor,
                model: model,
                inService: inService,
                removed: removed,
                replacementPlan: plan,
                origin: row.origin(dataset: dataset)
            )
        }
    }
}

extension CSVRow {
    /// Column 0: an entity id (one of `knownEntities`, when given) or an ASN.
    fileprivate mutating func network(knownEntities: Set<EntityID>?) -> PartyRef? {
        switch PartyRef.parse(self.text(0)) {
        case .failure(let error):
            self.fail("network", error.description)
            return nil
        case .success(let party):
            if case .entity(let id) = party, let knownEntities, !knownEntities.contains(id) {
                self.fail("network", "unknown entity '\(id)': not in the active registry")
                return nil
            }
            return party
        }
    }

    /// Column 4: a vendor's entity id (one of `knownEntities`, when given).
    fileprivate mutating func vendor(knownEntities: Set<EntityID>?) -> EntityID? {
        guard let text = self.required(4, "vendor") else { return nil }
        let id = EntityID(text)
        guard id.isWellFormed else {
            self.fail("vendor", "'\(text)' is not an entity id (lowercase letters, digits and dashes)")
            return nil
        }
        if let knownEntities, !knownEntities.contains(id) {
            self.fail("vendor", "unknown vendor '\(id)': not in the active registry (add it as an entity of kind vendor)")
            return nil
        }
        return id
    }

    /// The field's choice; `nil` when empty or invalid (either is an error when `required`, an invalid one always).
    fileprivate mutating func choice<Choice: RawRepresentable & CaseIterable>(
        _ index: Int,
        _ field: String,
        as type: Choice.Type,
        required: Bool
    ) -> Choice? where Choice.RawValue == String {
        let choices = Choice.allCases.map(\.rawValue).joined(separator: ", ")
        guard let text = self.value(index) else {
            if required { self.fail(field, "is empty: expected one of \(choices)") }
            return nil
        }
        guard let choice = Choice(rawValue: text.lowercased()) else {
            self.fail(field, "'\(text)' is not one of: \(choices)")
            return nil
        }
        return choice
    }
}
