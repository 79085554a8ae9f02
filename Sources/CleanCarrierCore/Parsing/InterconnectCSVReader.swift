/// Reads declared interconnects from CSV (docs/FORMATS.md#interconnects):
/// `party_a,party_b,kind,facility,city,country,start,end`, with a header line.
///
/// A party is an entity id or an ASN written `AS64500`. Every problem is reported with its line and column name.
public enum InterconnectCSVReader {
    /// The columns, in the order the header must name them (`facility` to `end` may be empty).
    public static let columns = ["party_a", "party_b", "kind", "facility", "city", "country", "start", "end"]

    /// The interconnects of `text`, the content of `file`, tagged with `dataset`.
    /// - Throws: `InputErrors` naming the line and field of the first 100 problems, and counting them all.
    public static func interconnects(in text: String, file: String, dataset: Int64 = 0) throws(InputErrors) -> [Interconnect] {
        guard let records = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([InputError(file: file, line: 1, message: "the file is empty: expected a header line \(Self.columns.joined(separator: ","))")])
        }
        guard records.header == Self.columns else {
            throw InputErrors([
                InputError(file: file, line: records.headerLine, field: "header",
                    message: "expected the columns \(Self.columns.joined(separator: ",")), found \(records.header.joined(separator: ","))")
            ])
        }
        var errors: [InputError] = []
        var total = 0
        var result: [Interconnect] = []
        for record in records.records {
            func fail(_ field: String, _ message: String) {
                total += 1
                if errors.count < 100 { errors.append(InputError(file: file, line: record.line, field: field, message: message)) }
            }
            guard record.fields.count == Self.columns.count else {
                fail("line", "expected \(Self.columns.count) fields, found \(record.fields.count)")
                continue
            }
            let value = { (index: Int) -> String? in
                let text = String(record.fields[index].trimmingWhitespace)
                return text.isEmpty ? nil : text
            }
            var parties: [PartyRef] = []
            for (index, name) in [(0, "party_a"), (1, "party_b")] {
                switch PartyRef.parse(value(index) ?? "") {
                case .success(let party): parties.append(party)
                case .failure(let error): fail(name, error.description)
                }
            }
            let kind = value(2).flatMap(Interconnect.Kind.init(rawValue:))
            if kind == nil {
                fail("kind", "'\(value(2) ?? "")' is not one of: \(Interconnect.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let country = value(5)
            if let country, country.count != 2 || !country.allSatisfy(\.isLetter) { fail("country", "'\(country)' is not a two-letter country code") }
            var days: [Day?] = []
            for (index, name) in [(6, "start"), (7, "end")] {
                guard let text = value(index) else {
                    days.append(nil)
                    continue
                }
                guard let day = Day(iso: text) else {
                    fail(name, "'\(text)' is not a date (YYYY-MM-DD)")
                    continue
                }
                days.append(day)
            }
            guard parties.count == 2, let kind, days.count == 2 else { continue }
            if parties[0] == parties[1] { fail("party_b", "a party cannot interconnect with itself") }
            if let start = days[0], let end = days[1], end <= start { fail("end", "ends on or before its start") }
            result.append(
                Interconnect(
                    partyA: parties[0], partyB: parties[1], kind: kind, facility: value(3), city: value(4), country: country?.uppercased(),
                    validity: Validity(from: days[0], to: days[1]), origin: RecordOrigin(dataset: dataset, file: file, line: record.line)))
        }
        guard errors.isEmpty else { throw InputErrors(errors, total: total) }
        return result
    }
}
