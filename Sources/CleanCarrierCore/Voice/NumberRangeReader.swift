import Foundation

/// Reads number ranges: libphonenumber's carrier table (the TSV of `carrier_for_number.py dump`) or the
/// operator CSV `prefix,country_code,entity[,carrier]` (docs/FORMATS.md, "Number ranges").
public enum NumberRangeReader {
    /// The two formats ranges are read from.
    public enum Format: String, Sendable {
        /// libphonenumber's carrier table (TSV, carrier names).
        case libphonenumber = "libphonenumber-carrier-tsv"
        /// The operator CSV (entity ids).
        case operatorCSV = "number-ranges-csv"

        /// The format of `text`, told by its header: a tab-separated header with a `lang` column is libphonenumber's
        /// table, anything else the operator CSV.
        public init(of text: String) {
            let firstLine = text.prefix { $0 != "\n" }
            let isTable = firstLine.contains("\t") && firstLine.split(separator: "\t").contains("lang")
            self = isTable ? .libphonenumber : .operatorCSV
        }
    }

    /// Reads the text of `file`, choosing the format by its header (`Format(of:)`).
    /// - Parameter knownEntities: when given, CSV entity ids must be among them.
    public static func read(_ text: String, file: String, knownEntities: Set<EntityID>? = nil) throws(InputErrors) -> [NumberRange] {
        switch Format(of: text) {
        case .libphonenumber: try Self.readLibphonenumberTable(text, file: file)
        case .operatorCSV: try Self.readCSV(text, file: file, knownEntities: knownEntities)
        }
    }

    /// Reads libphonenumber's carrier table: columns `prefix country_code regions lang carrier`; only `lang=en`
    /// rows are kept (as libphonenumber does for English look-ups, a prefix without an English name is skipped).
    public static func readLibphonenumberTable(_ text: String, file: String) throws(InputErrors) -> [NumberRange] {
        guard let table = DelimitedRecords(text: text, separator: "\t") else {
            throw InputErrors([InputError(file: file, line: 1, field: "header", message: "the file is empty: expected a header line")])
        }
        let required = ["prefix", "country_code", "lang", "carrier"]
        let columns = table.columns(required)
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty, let prefixColumn = columns["prefix"], let codeColumn = columns["country_code"],
            let langColumn = columns["lang"], let carrierColumn = columns["carrier"]
        else {
            throw InputErrors([
                InputError(file: file, line: table.headerLine, field: "header", message: "missing column(s) \(missing.joined(separator: ", "))")
            ])
        }
        var errors = InputErrors([])
        var ranges: [NumberRange] = []
        var seen: [E164Prefix: Int] = [:]
        for record in table.records {
            func fail(_ field: String, _ message: String) {
                errors.record(InputError(file: file, line: record.line, field: field, message: message))
            }
            guard record.fields.count == table.header.count else {
                fail("line", "expected \(table.header.count) tab-separated fields, found \(record.fields.count)")
                continue
            }
            guard record.fields[langColumn] == "en" else { continue }
            guard let prefix = E164Prefix(parsing: record.fields[prefixColumn]) else {
                fail("prefix", "'\(record.fields[prefixColumn])' is not E.164 digits (1 to 15 digits)")
                continue
            }
            if let first = seen[prefix] {
                fail("prefix", "duplicate English row for prefix \(prefix) (first on line \(first))")
                continue
            }
            seen[prefix] = record.line
            let codeText = record.fields[codeColumn]
            let code = Int(codeText)
            if code.map({ !(1...999).contains($0) }) ?? (codeText != "None" && !codeText.isEmpty) {
                fail("country_code", "'\(codeText)' is not a country calling code (1 to 999)")
                continue
            }
            ranges.append(NumberRange(prefix: prefix, countryCode: code, carrier: String(record.fields[carrierColumn]), line: record.line))
        }
        guard errors.isEmpty else { throw errors }
        return ranges
    }
}
