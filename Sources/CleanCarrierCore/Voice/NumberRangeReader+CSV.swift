extension NumberRangeReader {
    /// Reads the operator CSV: header `prefix,country_code,entity` plus an optional `carrier` (display name).
    ///
    /// `prefix` is E.164 digits (a leading `+` is accepted), `country_code` the calling code it starts with,
    /// `entity` the terminating entity's registry id; a prefix may appear once.
    /// - Parameter knownEntities: when given, every entity id must be among them.
    public static func readCSV(_ text: String, file: String, knownEntities: Set<EntityID>? = nil) throws(InputErrors) -> [NumberRange] {
        guard let table = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([
                InputError(file: file, line: 1, field: "header", message: "the file is empty: expected the header prefix,country_code,entity")
            ])
        }
        let columns = table.columns(["prefix", "country_code", "entity", "carrier"])
        guard let prefixColumn = columns["prefix"], let codeColumn = columns["country_code"], let entityColumn = columns["entity"] else {
            let missing = ["prefix", "country_code", "entity"].filter { columns[$0] == nil }
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
                fail("line", "expected \(table.header.count) comma-separated fields, found \(record.fields.count)")
                continue
            }
            let prefixText = record.fields[prefixColumn].trimmingWhitespace
            guard let prefix = E164Prefix(parsing: prefixText) else {
                fail("prefix", "'\(prefixText)' is not E.164 digits (1 to 15 digits, optional leading +)")
                continue
            }
            let codeText = record.fields[codeColumn].trimmingWhitespace
            guard let code = Int(codeText), (1...999).contains(code), prefix.digits.hasPrefix(String(code)) else {
                fail("country_code", "'\(codeText)' is not a country calling code that prefix \(prefix) starts with")
                continue
            }
            let entity = EntityID(String(record.fields[entityColumn].trimmingWhitespace))
            guard entity.isWellFormed else {
                fail("entity", "'\(entity)' is not an entity id (lowercase letters, digits and dashes)")
                continue
            }
            if let knownEntities, !knownEntities.contains(entity) {
                fail("entity", "unknown entity '\(entity)'")
                continue
            }
            if let first = seen[prefix] {
                fail("prefix", "duplicate prefix \(prefix) (first on line \(first))")
                continue
            }
            seen[prefix] = record.line
            let name = columns["carrier"].map { String(record.fields[$0].trimmingWhitespace) } ?? ""
            ranges.append(
                NumberRange(prefix: prefix, countryCode: code, carrier: name.isEmpty ? entity.rawValue : name, entity: entity, line: record.line)
            )
        }
        guard errors.isEmpty else { throw errors }
        return ranges
    }
}
