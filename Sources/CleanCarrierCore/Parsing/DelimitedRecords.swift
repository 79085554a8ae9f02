/// Splits delimited text (CSV or TSV) into records, with 1-based line numbers and header-named fields.
///
/// Fields may be quoted with `"` (a doubled `""` inside quotes is one quote); quoted fields do not span lines.
/// Blank lines and lines starting with `#` are skipped. Used by the voice importers.
struct DelimitedRecords {
    /// One data line.
    struct Record {
        /// The 1-based line number in the file.
        var line: Int
        /// The fields, in column order.
        var fields: [Substring]
    }

    /// The header's column names, trimmed and lowercased.
    let header: [String]
    /// The header's line number.
    let headerLine: Int
    /// The data lines.
    let records: [Record]

    /// Splits `text`; the first non-blank, non-comment line is the header.
    init?(text: String, separator: Character) {
        var header: [String]?
        var headerLine = 0
        var records: [Record] = []
        // Lines split on the newline byte, so `\r\n` (one Character) ends a line too.
        for (index, rawLine) in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let line = Substring(rawLine.last == UInt8(ascii: "\r") ? rawLine.dropLast() : rawLine)
            if line.allSatisfy(\.isWhitespace) || line.first == "#" { continue }
            let fields = Self.split(line, separator: separator)
            if header == nil {
                header = fields.map { $0.trimmingWhitespace.lowercased() }
                headerLine = index + 1
            } else {
                records.append(Record(line: index + 1, fields: fields))
            }
        }
        guard let header else { return nil }
        self.header = header
        self.headerLine = headerLine
        self.records = records
    }

    /// The column index of each of `names` in the header (`nil` where absent).
    func columns(_ names: [String]) -> [String: Int] {
        var columns: [String: Int] = [:]
        for name in names { columns[name] = self.header.firstIndex(of: name) }
        return columns
    }

    private static func split(_ line: Substring, separator: Character) -> [Substring] {
        if let byte = separator.asciiValue, !line.utf8.contains(UInt8(ascii: "\"")) {
            return line.utf8.split(separator: byte, omittingEmptySubsequences: false).map { Substring($0) }
        }
        guard line.contains("\"") else { return line.split(separator: separator, omittingEmptySubsequences: false) }
        var fields: [Substring] = []
        var current = ""
        var quoted = false
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            let next = line.index(after: index)
            if quoted, character == "\"", next < line.endIndex, line[next] == "\"" {
                current.append("\"")
                index = line.index(after: next)
                continue
            }
            if character == "\"" {
                quoted.toggle()
            } else if character == separator, !quoted {
                fields.append(Substring(current))
                current = ""
            } else {
                current.append(character)
            }
            index = next
        }
        fields.append(Substring(current))
        return fields
    }
}

extension Substring {
    /// The text without leading and trailing whitespace.
    var trimmingWhitespace: Substring {
        // Fast path: text that starts and ends with an ASCII byte other than whitespace has nothing to trim.
        func isPlainASCII(_ byte: UInt8?) -> Bool { byte.map { $0 < 0x80 && $0 != 0x20 && !(0x09...0x0D).contains($0) } ?? false }
        if isPlainASCII(self.utf8.first) && isPlainASCII(self.utf8.last) { return self }
        guard let first = self.firstIndex(where: { !$0.isWhitespace }), let last = self.lastIndex(where: { !$0.isWhitespace }) else {
            return self[self.endIndex...]
        }
        return self[first...last]
    }
}
