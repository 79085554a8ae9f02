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
        try FixedColumnCSV.read(text, file: file, columns: Self.columns) { row in
            var parties: [PartyRef] = []
            for (index, name) in [(0, "party_a"), (1, "party_b")] {
                switch PartyRef.parse(row.text(index)) {
                case .success(let party): parties.append(party)
                case .failure(let error): row.fail(name, error.description)
                }
            }
            let kind = row.value(2).flatMap(Interconnect.Kind.init(rawValue:))
            if kind == nil {
                row.fail("kind", "'\(row.text(2))' is not one of: \(Interconnect.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let country = row.value(5)
            if let country, country.count != 2 || !country.allSatisfy(\.isLetter) {
                row.fail("country", "'\(country)' is not a two-letter country code")
            }
            guard let days = row.optionalDays((6, "start"), (7, "end")), parties.count == 2, let kind else { return nil }
            if parties[0] == parties[1] { row.fail("party_b", "a party cannot interconnect with itself") }
            if let start = days[0], let end = days[1], end <= start { row.fail("end", "ends on or before its start") }
            return Interconnect(
                partyA: parties[0],
                partyB: parties[1],
                kind: kind,
                facility: row.value(3),
                city: row.value(4),
                country: country?.uppercased(),
                validity: Validity(from: days[0], to: days[1]),
                origin: row.origin(dataset: dataset)
            )
        }
    }
}
