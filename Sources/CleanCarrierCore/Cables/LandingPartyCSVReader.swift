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
    /// - Throws: `InputErrors` naming the line and field of the first 100 problems, and counting them all.
    public static func parties(in text: String, file: String, dataset: Int64 = 0, cables: Set<String>) throws(InputErrors) -> [LandingParty] {
        try FixedColumnCSV.read(text, file: file, columns: Self.columns) { row in
            let cable = row.text(0)
            if !cables.contains(cable) { row.fail("cable", "'\(cable)' is not a cable of the folder") }
            let entity = EntityID(row.text(1))
            if !entity.isWellFormed { row.fail("entity", "'\(row.text(1))' is not an entity id (lowercase letters, digits and dashes)") }
            let role = LandingParty.Role(rawValue: row.text(2))
            if role == nil {
                row.fail("role", "'\(row.text(2))' is not one of: \(LandingParty.Role.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let days = row.optionalDays((4, "granted"), (5, "expires")), let role, cables.contains(cable), entity.isWellFormed else {
                return nil
            }
            return LandingParty(
                cable: cable,
                entity: entity,
                role: role,
                licence: row.value(3),
                granted: days[0],
                expires: days[1],
                origin: row.origin(dataset: dataset)
            )
        }
    }
}
