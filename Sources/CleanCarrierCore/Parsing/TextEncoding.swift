import Foundation

/// The character encoding an input format is written in, and how to decode it with errors a user can act on.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    /// UTF-8, the default for every format this project defines.
    case utf8 = "utf-8"
    /// ISO 8859-1: every byte is one character (U+0000 to U+00FF), so decoding never fails. The potaroo AS-names list uses it.
    case latin1 = "iso-8859-1"

    /// The text of `data`, read from `file`.
    /// - Throws: `InputError` naming the first line that is not valid UTF-8 (never for Latin-1).
    public func decode(_ data: Data, file: String) throws(InputError) -> String {
        switch self {
        case .latin1:
            var utf8: [UInt8] = []
            utf8.reserveCapacity(data.count + data.count / 8)
            for byte in data {
                if byte < 0x80 {
                    utf8.append(byte)
                } else {
                    utf8.append(0xC0 | byte >> 6)
                    utf8.append(0x80 | byte & 0x3F)
                }
            }
            return String(decoding: utf8, as: UTF8.self)
        case .utf8:
            guard let text = String(validating: data, as: UTF8.self) else { throw Self.utf8Error(in: data, file: file) }
            return text
        }
    }

    /// The line where `data` stops being UTF-8.
    private static func utf8Error(in data: Data, file: String) -> InputError {
        var line = 1
        var start = data.startIndex
        for (offset, byte) in data.enumerated() where byte == UInt8(ascii: "\n") {
            let end = data.startIndex + offset
            if String(validating: data[start..<end], as: UTF8.self) == nil { break }
            line += 1
            start = end + 1
        }
        return InputError(file: file, line: line, message: "the file is not valid UTF-8 text (save it as UTF-8)")
    }
}
