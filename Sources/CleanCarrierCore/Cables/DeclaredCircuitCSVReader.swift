/// Reads a telco's declared cable circuits from CSV (docs/FORMATS.md#cable-circuits):
/// `carrier,cable,end_a,end_b,start,end`, with a header line.
///
/// `carrier` is an entity id or `AS64500`; `cable` a cable map id; each end a landing point id or an ISO 3166-1
/// alpha-2 country code. Every problem is reported with its line and column name.
public enum DeclaredCircuitCSVReader {
    /// The columns, in the order the header must name them (`start` and `end` may be empty).
    public static let columns = ["carrier", "cable", "end_a", "end_b", "start", "end"]

    /// The circuits of `text`, the content of `file`, tagged with `dataset`.
    /// - Parameters:
    ///   - cables: when given, the cable map the circuits must name cables and landing points of.
    ///   - knownEntities: when given, the entities a carrier that is an entity id must be one of.
    /// - Throws: `InputErrors` naming the line and field of the first 100 problems, and counting them all.
    public static func circuits(
        in text: String,
        file: String,
        dataset: Int64 = 0,
        cables: CableMap? = nil,
        knownEntities: Set<EntityID>? = nil
    ) throws(InputErrors) -> [DeclaredCircuit] {
        let known = cables.map { Set($0.cables.map(\.id)) }
        return try FixedColumnCSV.read(text, file: file, columns: Self.columns) { row in
            var carrier: PartyRef?
            switch PartyRef.parse(row.text(0)) {
            case .success(let party): carrier = party
            case .failure(let error): row.fail("carrier", error.description)
            }
            if case .entity(let id) = carrier, let knownEntities, !knownEntities.contains(id) {
                row.fail("carrier", "unknown entity '\(id)': not in the active registry")
            }
            let cable = row.text(1)
            if cable.isEmpty {
                row.fail("cable", "is empty: expected a cable id of the cable map")
            } else if let known, !known.contains(cable) {
                row.fail("cable", "'\(cable)' is not a cable of the imported cable map")
            }
            var ends: [String] = []
            for (index, name) in [(2, "end_a"), (3, "end_b")] {
                let end = row.text(index)
                if end.count == 2, end == end.uppercased(), CountryCodes.code(for: end) == end {
                    ends.append(end)
                } else if !end.isEmpty, cables == nil || cables?.landingPoints[end] != nil {
                    ends.append(end)
                } else {
                    row.fail(name, "'\(end)' is neither an ISO 3166 country code nor a landing point id of the cable map")
                }
            }
            guard let days = row.optionalDays((4, "start"), (5, "end")), let carrier, !cable.isEmpty, ends.count == 2 else { return nil }
            if let start = days[0], let end = days[1], end <= start { row.fail("end", "ends on or before its start") }
            return DeclaredCircuit(
                carrier: carrier,
                cable: cable,
                endA: ends[0],
                endB: ends[1],
                validity: Validity(from: days[0], to: days[1]),
                origin: row.origin(dataset: dataset)
            )
        }
    }
}
