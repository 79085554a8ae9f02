public import CleanCarrierCore
import Foundation

extension InputError {
    /// The error as it can be stored: a NUL character (U+0000), which PostgreSQL's text and jsonb cannot hold, is
    /// shown as ␀ (U+2400) in the file name, field and message (a message may quote the bad input).
    public var storable: InputError {
        InputError(file: Self.storable(self.file), line: self.line, field: self.field.map(Self.storable), message: Self.storable(self.message))
    }

    /// `text` with each NUL character shown as ␀ (U+2400).
    public static func storable(_ text: String) -> String {
        text.utf8.contains(0) ? text.replacingOccurrences(of: "\u{0}", with: "\u{2400}") : text
    }
}
