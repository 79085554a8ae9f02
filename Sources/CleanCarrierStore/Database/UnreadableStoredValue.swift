import CleanCarrierCore

/// A row read from the database holds a value this build cannot read (written by another build, or edited by hand):
/// reading fails loudly instead of skipping the row or putting a default in its place.
public struct UnreadableStoredValue: Error, Sendable, Equatable, CustomStringConvertible {
    public var table: String
    public var column: String
    public var value: String

    public init(table: String, column: String, value: String) {
        self.table = table
        self.column = column
        self.value = value
    }

    public var description: String { "\(self.table).\(self.column) holds '\(self.value)', which this build cannot read" }

    /// The day a `date::text` column holds, `nil` for NULL.
    /// - Throws: `UnreadableStoredValue` for text that is not a `YYYY-MM-DD` date.
    static func day(_ text: String?, table: String, column: String) throws(UnreadableStoredValue) -> Day? {
        guard let text else { return nil }
        return try Self.read(text, table: table, column: column) { Day(iso: $0) }
    }

    /// The day a `NOT NULL` `date::text` column holds.
    /// - Throws: `UnreadableStoredValue` for text that is not a `YYYY-MM-DD` date.
    static func day(_ text: String, table: String, column: String) throws(UnreadableStoredValue) -> Day {
        try Self.read(text, table: table, column: column) { Day(iso: $0) }
    }

    /// The entity or network reference (`AS64500`, `att`) a text column holds.
    /// - Throws: `UnreadableStoredValue` for text that is neither.
    static func party(_ text: String, table: String, column: String) throws(UnreadableStoredValue) -> PartyRef {
        try Self.read(text, table: table, column: column) { try? PartyRef.parse($0).get() }
    }

    /// What `parse` reads from a column's text.
    /// - Throws: `UnreadableStoredValue` when it reads nothing.
    private static func read<Value>(
        _ text: String,
        table: String,
        column: String,
        _ parse: (String) -> Value?
    ) throws(UnreadableStoredValue) -> Value {
        guard let value = parse(text) else { throw UnreadableStoredValue(table: table, column: column, value: text) }
        return value
    }

    /// The validity of a pair of `date::text` columns.
    static func validity(
        _ from: String?,
        _ to: String?,
        table: String,
        columns: (String, String) = ("valid_from", "valid_to")
    ) throws(UnreadableStoredValue) -> Validity {
        Validity(from: try Self.day(from, table: table, column: columns.0), to: try Self.day(to, table: table, column: columns.1))
    }
}
