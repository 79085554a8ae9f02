/// Reads the landing parties and licensees of cables from CSV (docs/FORMATS.md#cables), the optional
/// `landing-parties.csv` of a cable map folder (the public map has none): `cable,entity,role,licence,granted,expires`.
///
/// `entity` is a registry entity id; `role` is `landing-party` or `licensee`; `licence` (e.g. an FCC cable landing
/// licence file number), `granted` and `expires` may be empty. Every problem is reported with its line and column.
public enum LandingPartyCSVReader {
    /// The file's name in the folder.
    public static let fileName = "landing-parties.csv"
    /// The columns, in the order the header must name them.
    public static let columns = ["cable", "entity", "role", "licence", "granted", "expires"]

    /// The landing parties of `text`, the content of `file`, tagged with `dataset`; cables must be in `cables`.
    /// - Throws: `InputErrors` naming the line and field of every problem (up to 100).
    public static func parties(in text: String, file: String, dataset: Int64 = 0, cables: Set<String>) throws(InputErrors) -> [LandingParty] {
        guard let records = DelimitedRecords(text: text, separator: ","), records.header == Self.columns else {
            throw InputErrors([InputError(file: file, line: 1, field: "header", message: "expected the columns \(Self.columns.joined(separator: ","))")])
        }
        var errors: [InputError] = []
        var result: [LandingParty] = []
        for record in records.records {
            func fail(_ field: String, _ message: String) {
                if errors.count < 100 { errors.append(InputError(file: file, line: record.line, field: field, message: message)) }
            }
            guard record.fields.count == Self.columns.count else {
                fail("line", "expected \(Self.columns.count) fields, found \(record.fields.count)")
                continue
            }
            let value = { (index: Int) -> String in String(record.fields[index].trimmingWhitespace) }
            let cable = value(0)
            if !cables.contains(cable) { fail("cable", "'\(cable)' is not a cable of the folder") }
            let entity = EntityID(value(1))
            if !entity.isWellFormed { fail("entity", "'\(value(1))' is not an entity id (lowercase letters, digits and dashes)") }
            let role = LandingParty.Role(rawValue: value(2))
            if role == nil { fail("role", "'\(value(2))' is not one of: \(LandingParty.Role.allCases.map(\.rawValue).joined(separator: ", "))") }
            var days: [Day?] = []
            for (index, name) in [(4, "granted"), (5, "expires")] {
                let text = value(index)
                if text.isEmpty {
                    days.append(nil)
                } else if let day = Day(iso: text) {
                    days.append(day)
                } else {
                    fail(name, "'\(text)' is not a date (YYYY-MM-DD)")
                }
            }
            guard let role, cables.contains(cable), entity.isWellFormed, days.count == 2 else { continue }
            result.append(
                LandingParty(
                    cable: cable, entity: entity, role: role, licence: value(3).isEmpty ? nil : value(3), granted: days[0], expires: days[1],
                    origin: RecordOrigin(dataset: dataset, file: file, line: record.line)))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return result
    }
}
