import Foundation

/// Reads `bgpdump -m` text (RIB or update rows: `TABLE_DUMP2|time|B|peer_ip|peer_as|prefix|as_path|origin|...`).
///
/// AS paths are cleaned the way path analyses usually do: consecutive repeats (prepending) collapse to one AS; an
/// AS_SET (`{64500,64501}`, from aggregation) ends the usable path there, since its members are not a sequence.
/// Withdrawals (`W`) and rows without a path are skipped; a malformed row is an error naming line and field.
public enum BGPDumpReader {
    /// The paths of `data`, the content of `file`.
    /// - Throws: `InputErrors` for malformed rows (up to 50).
    public static func paths(in data: Data, file: String) throws(InputErrors) -> [ObservedPath] {
        var paths: [ObservedPath] = []
        var errors: [InputError] = []
        var lineNumber = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            let bytes = buffer.bindMemory(to: UInt8.self)
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                if end > start {
                    switch Self.parse(UnsafeBufferPointer(rebasing: bytes[start..<end]), line: lineNumber) {
                    case .path(let path): paths.append(path)
                    case .skip: break
                    case .error(let field, let message):
                        if errors.count < 50 { errors.append(InputError(file: file, line: lineNumber, field: field, message: message)) }
                    }
                }
                start = end + 1
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return paths
    }

    private enum Row {
        case path(ObservedPath)
        case skip
        case error(field: String, message: String)
    }

    private static func parse(_ line: UnsafeBufferPointer<UInt8>, line number: Int) -> Row {
        var fields: [Range<Int>] = []
        var fieldStart = 0
        for index in 0..<line.count where line[index] == UInt8(ascii: "|") {
            fields.append(fieldStart..<index)
            fieldStart = index + 1
            if fields.count == 7 { break }
        }
        if fields.count < 7 { fields.append(fieldStart..<line.count) }
        func text(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: line[range]), as: UTF8.self) }
        if fields.count >= 3, text(fields[2]) == "W" { return .skip }
        guard fields.count >= 7 else { return .error(field: "line", message: "expected at least 7 '|'-separated fields") }
        let kind = text(fields[2])
        guard kind == "B" || kind == "A" else { return .error(field: "type", message: "'\(kind)' is not B, A or W") }
        var path: [ASN] = []
        var endsInSet = false
        var value: UInt64 = 0
        var digits = 0
        func flush() -> Bool {
            guard digits > 0 else { return true }
            guard value <= UInt64(UInt32.max) else { return false }
            let asn = ASN(UInt32(value))
            if path.last != asn { path.append(asn) }
            value = 0
            digits = 0
            return true
        }
        for index in fields[6] {
            let byte = line[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
                if digits > 10 { return .error(field: "as_path", message: "an AS number is too long") }
            case UInt8(ascii: " "):
                guard flush() else { return .error(field: "as_path", message: "an AS number exceeds 4294967295") }
            case UInt8(ascii: "{"):
                endsInSet = true
            default:
                guard endsInSet else { return .error(field: "as_path", message: "unexpected character '\(Character(Unicode.Scalar(byte)))'") }
            }
            if endsInSet { break }
        }
        if !endsInSet, !flush() { return .error(field: "as_path", message: "an AS number exceeds 4294967295") }
        guard !path.isEmpty else { return .skip }
        return .path(ObservedPath(path: path, prefix: text(fields[5]), endsInSet: endsInSet, line: number))
    }
}
