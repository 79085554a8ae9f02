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
    /// - Throws: `InputErrors` naming the line and field of every problem (up to 100).
    public static func elements(
        in text: String, file: String, dataset: Int64 = 0, knownEntities: Set<EntityID>? = nil
    ) throws(InputErrors) -> [EquipmentElement] {
        guard let records = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([InputError(file: file, line: 1, message: "the file is empty: expected a header line \(Self.columns.joined(separator: ","))")])
        }
        guard records.header == Self.columns else {
            throw InputErrors([
                InputError(
                    file: file, line: records.headerLine, field: "header",
                    message: "expected the columns \(Self.columns.joined(separator: ",")), found \(records.header.joined(separator: ","))")
            ])
        }
        var errors: [InputError] = []
        var result: [EquipmentElement] = []
        for record in records.records {
            var row = RowReader(record: record, file: file, knownEntities: knownEntities)
            if let element = row.element(dataset: dataset) { result.append(element) }
            for error in row.errors where errors.count < 100 { errors.append(error) }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return result
    }

    /// Reads one data line, collecting its problems.
    private struct RowReader {
        let record: DelimitedRecords.Record
        let file: String
        let knownEntities: Set<EntityID>?
        var errors: [InputError] = []

        init(record: DelimitedRecords.Record, file: String, knownEntities: Set<EntityID>?) {
            self.record = record
            self.file = file
            self.knownEntities = knownEntities
        }

        mutating func element(dataset: Int64) -> EquipmentElement? {
            guard self.record.fields.count == EquipmentCSVReader.columns.count else {
                self.fail("line", "expected \(EquipmentCSVReader.columns.count) fields, found \(self.record.fields.count)")
                return nil
            }
            let network = self.network()
            let site = self.required(1, "site")
            let role = self.choice(2, "role", as: EquipmentRole.self, required: true)
            let kind = self.choice(3, "kind", as: EquipmentKind.self, required: false)
            let vendor = self.vendor()
            let model = self.required(5, "model")
            let inService = self.day(6, "in_service_from", required: true)
            let removed = self.day(7, "removed_on", required: false)
            let plan = self.day(8, "replacement_plan", required: false)
            if let inService, let removed, removed <= inService { self.fail("removed_on", "is on or before in_service_from (\(inService))") }
            if let inService, let plan, plan < inService { self.fail("replacement_plan", "is before in_service_from (\(inService))") }
            guard let network, let site, let role, let vendor, let model, let inService, self.errors.isEmpty else { return nil }
            return EquipmentElement(
                network: network, site: site, role: role, kind: kind, vendor: vendor, model: model, inService: inService, removed: removed,
                replacementPlan: plan, origin: RecordOrigin(dataset: dataset, file: self.file, line: self.record.line))
        }

        private func value(_ index: Int) -> String? {
            let text = String(self.record.fields[index].trimmingWhitespace)
            return text.isEmpty ? nil : text
        }

        private mutating func fail(_ field: String, _ message: String) {
            self.errors.append(InputError(file: self.file, line: self.record.line, field: field, message: message))
        }

        private mutating func required(_ index: Int, _ field: String) -> String? {
            guard let text = self.value(index) else {
                self.fail(field, "is empty")
                return nil
            }
            return text
        }

        private mutating func network() -> PartyRef? {
            switch PartyRef.parse(self.value(0) ?? "") {
            case .failure(let error):
                self.fail("network", error.description)
                return nil
            case .success(let party):
                if case .entity(let id) = party, let known = self.knownEntities, !known.contains(id) {
                    self.fail("network", "unknown entity '\(id)': not in the active registry")
                    return nil
                }
                return party
            }
        }

        private mutating func vendor() -> EntityID? {
            guard let text = self.required(4, "vendor") else { return nil }
            let id = EntityID(text)
            guard id.isWellFormed else {
                self.fail("vendor", "'\(text)' is not an entity id (lowercase letters, digits and dashes)")
                return nil
            }
            if let known = self.knownEntities, !known.contains(id) {
                self.fail("vendor", "unknown vendor '\(id)': not in the active registry (add it as an entity of kind vendor)")
                return nil
            }
            return id
        }

        /// The field's choice; `nil` when empty or invalid (either is an error when `required`, an invalid one always).
        private mutating func choice<Choice: RawRepresentable & CaseIterable>(
            _ index: Int, _ field: String, as type: Choice.Type, required: Bool
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

        /// The field's date; `nil` when empty or invalid (either is an error when `required`, an invalid one always).
        private mutating func day(_ index: Int, _ field: String, required: Bool) -> Day? {
            guard let text = self.value(index) else {
                if required { self.fail(field, "is empty: expected a date (YYYY-MM-DD)") }
                return nil
            }
            guard let day = Day(iso: text) else {
                self.fail(field, "'\(text)' is not a date (YYYY-MM-DD)")
                return nil
            }
            return day
        }
    }
}
