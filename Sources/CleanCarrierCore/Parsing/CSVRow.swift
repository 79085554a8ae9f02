/// One record of a `FixedColumnCSV` file: its trimmed fields, and the problems found in them, each naming the file,
/// the line and the field.
struct CSVRow {
    let file: String
    /// The 1-based line number in the file.
    let line: Int
    private let fields: [Substring]
    /// The problems reported so far, in the order they were found.
    private(set) var errors: [InputError] = []

    init(file: String, record: DelimitedRecords.Record) {
        self.file = file
        self.line = record.line
        self.fields = record.fields
    }

    /// Where the record came from, for the value it makes.
    func origin(dataset: Int64) -> RecordOrigin { RecordOrigin(dataset: dataset, file: self.file, line: self.line) }

    /// The trimmed text of column `index` (empty when the field is).
    func text(_ index: Int) -> String { String(self.fields[index].trimmingWhitespace) }

    /// The trimmed text of column `index`, or `nil` when it is empty.
    func value(_ index: Int) -> String? {
        let text = self.text(index)
        return text.isEmpty ? nil : text
    }

    /// Reports a problem with `field`.
    mutating func fail(_ field: String, _ message: String) {
        self.errors.append(InputError(file: self.file, line: self.line, field: field, message: message))
    }

    /// The text of column `index`; `nil`, reported as empty, when there is none.
    mutating func required(_ index: Int, _ field: String) -> String? {
        guard let text = self.value(index) else {
            self.fail(field, "is empty")
            return nil
        }
        return text
    }

    /// The date of column `index`; `nil` when empty (reported when `required`) or not a date (always reported).
    mutating func day(_ index: Int, _ field: String, required: Bool = false) -> Day? {
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

    /// The dates of `columns`, each `nil` where empty; `nil` when one of them is not a date (reported).
    mutating func optionalDays(_ columns: (index: Int, field: String)...) -> [Day?]? {
        let before = self.errors.count
        let days = columns.map { self.day($0.index, $0.field) }
        return self.errors.count == before ? days : nil
    }
}
