import Foundation

/// Splits an SQL file into statements at top-level semicolons, leaving those in quotes, comments and
/// dollar-quoted bodies alone.
enum SQLStatementSplitter {
    static func statements(in sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        var index = sql.startIndex
        var dollarTag: Substring?
        func flush() {
            let trimmed = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if !trimmed.isEmpty, !trimmed.split(separator: "\n").allSatisfy({ $0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }) {
                statements.append(trimmed)
            }
            current = ""
        }
        while index < sql.endIndex {
            let rest = sql[index...]
            if let tag = dollarTag {
                if rest.hasPrefix(tag) {
                    current += tag
                    index = sql.index(index, offsetBy: tag.count)
                    dollarTag = nil
                } else {
                    current.append(sql[index])
                    index = sql.index(after: index)
                }
                continue
            }
            if rest.hasPrefix("--"), let end = rest.firstIndex(of: "\n") {
                current += rest[..<end]
                index = end
            } else if rest.hasPrefix("'"), let end = rest.dropFirst().firstIndex(of: "'") {
                current += rest[...end]
                index = sql.index(after: end)
            } else if rest.hasPrefix("$"), let end = rest.dropFirst().firstIndex(of: "$"),
                rest[rest.index(after: rest.startIndex)..<end].allSatisfy({ $0.isLetter || $0 == "_" })
            {
                let tag = rest[...end]
                dollarTag = tag
                current += tag
                index = sql.index(after: end)
            } else if rest.hasPrefix(";") {
                flush()
                index = sql.index(after: index)
            } else {
                current.append(sql[index])
                index = sql.index(after: index)
            }
        }
        flush()
        return statements
    }
}
