/// Walks UTF-8 text line by line as bytes, without making a `String` per line: the fast path for the large public
/// files (27 MB of RIR statistics, 80,000 AS names), which stays fast even in debug builds.
enum UTF8Lines {
    /// Calls `body` with each line's 1-based number and its bytes, without the newline and a trailing carriage return.
    static func forEach(in text: String, _ body: (_ line: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { all in
            var number = 0
            var start = 0
            while start < all.count {
                number += 1
                var end = start
                while end < all.count, all[end] != UInt8(ascii: "\n") { end += 1 }
                let stop = end > start && all[end - 1] == UInt8(ascii: "\r") ? end - 1 : end
                body(number, UnsafeBufferPointer(rebasing: all[start..<stop]))
                start = end + 1
            }
        }
    }

    /// The bytes' text, without leading and trailing spaces and tabs.
    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// Whether the bytes (trimmed of spaces) spell `word`, an ASCII word.
    static func bytes(_ bytes: UnsafeBufferPointer<UInt8>, equal word: StaticString) -> Bool {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, bytes[start] == UInt8(ascii: " ") { start += 1 }
        while end > start, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        guard end - start == word.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for offset in 0..<(end - start) where bytes[start + offset] != expected[offset] { return false }
        return true
    }
}
