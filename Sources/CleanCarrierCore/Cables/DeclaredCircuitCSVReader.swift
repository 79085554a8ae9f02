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
    /// - Throws: `InputErrors` naming the line and field of every problem (up to 100).
    public static func circuits(
        in text: String, file: String, dataset: Int64 = 0, cables: CableMap? = nil, knownEntities: Set<EntityID>? = nil
    ) throws(InputErrors) -> [DeclaredCircuit] {
        guard let records = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([InputError(file: file, line: 1, message: "the file is empty: expected a header line \(Self.columns.joined(separator: ","))")])
        }
        guard records.header == Self.columns else {
            throw InputErrors([
                InputError(file: file, line: records.headerLine, field: "header",
                    message: "expected the columns \(Self.columns.joined(separator: ",")), found \(records.header.joined(separator: ","))")
            ])
        }
        let known = cables.map { Set($0.cables.map(\.id)) }
        var errors: [InputError] = []
        var result: [DeclaredCircuit] = []
        for record in records.records {
            func fail(_ field: String, _ message: String) {
                if errors.count < 100 { errors.append(InputError(file: file, line: record.line, field: field, message: message)) }
            }
            guard record.fields.count == Self.columns.count else {
                fail("line", "expected \(Self.columns.count) fields, found \(record.fields.count)")
                continue
            }
            let value = { (index: Int) -> String in String(record.fields[index].trimmingWhitespace) }
            var carrier: PartyRef?
            switch PartyRef.parse(value(0)) {
            case .success(let party): carrier = party
            case .failure(let error): fail("carrier", error.description)
            }
            if case .entity(let id) = carrier, let knownEntities, !knownEntities.contains(id) {
                fail("carrier", "unknown entity '\(id)': not in the active registry")
            }
            let cable = value(1)
            if cable.isEmpty {
                fail("cable", "is empty: expected a cable id of the cable map")
            } else if let known, !known.contains(cable) {
                fail("cable", "'\(cable)' is not a cable of the imported cable map")
            }
            var ends: [String] = []
            for (index, name) in [(2, "end_a"), (3, "end_b")] {
                let end = value(index)
                if end.count == 2, end == end.uppercased(), CountryCodes.code(for: end) == end {
                    ends.append(end)
                } else if !end.isEmpty, cables == nil || cables?.landingPoints[end] != nil {
                    ends.append(end)
                } else {
                    fail(name, "'\(end)' is neither an ISO 3166 country code nor a landing point id of the cable map")
                }
            }
            var days: [Day?] = []
            for (index, name) in [(4, "start"), (5, "end")] {
                let text = value(index)
                guard !text.isEmpty else {
                    days.append(nil)
                    continue
                }
                guard let day = Day(iso: text) else {
                    fail(name, "'\(text)' is not a date (YYYY-MM-DD)")
                    continue
                }
                days.append(day)
            }
            guard let carrier, !cable.isEmpty, ends.count == 2, days.count == 2 else { continue }
            if let start = days[0], let end = days[1], end <= start { fail("end", "ends on or before its start") }
            result.append(
                DeclaredCircuit(
                    carrier: carrier, cable: cable, endA: ends[0], endB: ends[1], validity: Validity(from: days[0], to: days[1]),
                    origin: RecordOrigin(dataset: dataset, file: file, line: record.line)))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return result
    }
}
