import Logging
import NIOCore
import PostgresNIO

/// Rows for `COPY ... FROM STDIN` in PostgreSQL's text format, escaped, written in chunks.
struct CopyBatch {
    let table: String
    let columns: [String]
    private var buffer = ByteBuffer()
    private var chunks: [ByteBuffer] = []
    private(set) var count = 0
    /// The first field holding a NUL character (U+0000), which no PostgreSQL text value can hold: its column, and the
    /// row's `line` column when the table has one. A batch with one must not be sent; the file is rejected instead.
    private(set) var firstNUL: (column: String, line: Int?)?

    init(table: String, columns: [String]) {
        self.table = table
        self.columns = columns
    }

    /// Appends one row; `nil` is SQL NULL.
    mutating func append(_ fields: [String?]) {
        precondition(fields.count == self.columns.count, "a COPY row must have one field per column")
        for (index, field) in fields.enumerated() {
            if index > 0 { self.buffer.writeInteger(UInt8(ascii: "\t")) }
            guard let field else {
                self.buffer.writeString("\\N")
                continue
            }
            guard field.utf8.contains(where: Self.needsEscape) else {
                self.buffer.writeString(field)
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case UInt8(ascii: "\\"): self.buffer.writeString("\\\\")
                case UInt8(ascii: "\t"): self.buffer.writeString("\\t")
                case UInt8(ascii: "\n"): self.buffer.writeString("\\n")
                case UInt8(ascii: "\r"): self.buffer.writeString("\\r")
                case 0:
                    if self.firstNUL == nil {
                        let line = self.columns.firstIndex(of: "line").flatMap { fields[$0] }.flatMap { Int($0) }
                        self.firstNUL = (self.columns[index], line)
                    }
                default: self.buffer.writeInteger(byte)
                }
            }
        }
        self.buffer.writeInteger(UInt8(ascii: "\n"))
        self.count += 1
        if self.buffer.readableBytes > 1 << 20 {
            self.chunks.append(self.buffer)
            self.buffer = ByteBuffer()
        }
    }

    /// Whether COPY's text format escapes `byte` (backslash, tab, newline, carriage return), or cannot carry it at all
    /// (NUL); most fields have none.
    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") || byte == 0
    }

    /// Sends the rows over `connection` (inside the caller's transaction).
    func copy(on connection: PostgresConnection, logger: Logger) async throws {
        guard self.count > 0 else { return }
        let chunks = self.chunks + [self.buffer]
        try await connection.copyFrom(table: self.table, columns: self.columns, logger: logger) { writer in
            for chunk in chunks where chunk.readableBytes > 0 { try await writer.write(chunk) }
        }
    }
}
