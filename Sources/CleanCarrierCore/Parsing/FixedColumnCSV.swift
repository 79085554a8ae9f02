/// A CSV file whose header must name fixed columns, in order, read one record at a time: the interconnect, equipment,
/// cable circuit and landing party formats (docs/FORMATS.md).
///
/// It checks the header and each record's field count, and keeps the first `InputErrors.kept` problems, each with its
/// file, line and field, while counting them all.
enum FixedColumnCSV {
    /// The values `read` makes of the records of `text`, the content of `file`.
    /// - Parameter read: called with each record that has one field per column; it returns the record's value, or `nil`
    ///   to leave the record out. A problem it reports through the row rejects the whole file.
    /// - Throws: `InputErrors` for an empty file, a header other than `columns`, or any problem in a record.
    static func read<Value>(
        _ text: String,
        file: String,
        columns: [String],
        _ read: (inout CSVRow) -> Value?
    ) throws(InputErrors) -> [Value] {
        let expected = columns.joined(separator: ",")
        guard let records = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([InputError(file: file, line: 1, field: "header", message: "the file is empty: expected a header line \(expected)")])
        }
        guard records.header == columns else {
            let found = records.header.joined(separator: ",")
            throw InputErrors([
                InputError(file: file, line: records.headerLine, field: "header", message: "expected the columns \(expected), found \(found)")
            ])
        }
        var errors = InputErrors([])
        var values: [Value] = []
        for record in records.records {
            var row = CSVRow(file: file, record: record)
            if record.fields.count != columns.count {
                row.fail("line", "expected \(columns.count) fields, found \(record.fields.count)")
            } else if let value = read(&row) {
                values.append(value)
            }
            for error in row.errors { errors.record(error) }
        }
        guard errors.isEmpty else { throw errors }
        return values
    }
}
