import Foundation

/// Reads the potaroo AS-names list: one line per AS, `ASN<TAB>NAME, CC` (docs/FORMATS.md#as-names).
///
/// The country is the text after the last `, `: two capital letters, or two lowercase ones (`na`) for none.
/// The list is published in Latin-1; decode it with `TextEncoding.latin1` first. Blank lines and lines starting
/// with `#` (which no ASN line does) are skipped.
public enum ASNamesReader {
    /// The names in `text`, the content of `file`, in file order.
    /// - Throws: `InputErrors` naming the line and field of every problem (up to 100).
    public static func names(in text: String, file: String) throws(InputErrors) -> [ASName] {
        var names: [ASName] = []
        var firstLine: [ASN: Int] = [:]
        var errors: [InputError] = []
        var lineNumber = 0
        for bytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = bytes.last == UInt8(ascii: "\r") ? Substring(bytes.dropLast()) : Substring(bytes)
            guard !line.isEmpty, line.first != "#" else { continue }
            func fail(_ field: String, _ message: String) {
                if errors.count < 100 { errors.append(InputError(file: file, line: lineNumber, field: field, message: message)) }
            }
            guard let tab = line.firstIndex(of: "\t") else {
                fail("line", "expected ASN<TAB>NAME, CC (no tab found)")
                continue
            }
            let number = line[..<tab]
            guard let asn = ASN(parsing: number), number.allSatisfy(\.isASCIIDigit) else {
                fail("asn", "'\(number)' is not an AS number (digits, at most 4294967295)")
                continue
            }
            let rest = line[line.index(after: tab)...]
            guard let comma = rest.range(of: ", ", options: .backwards) else {
                fail("country", "expected NAME, CC: a name, a comma, a space and a two-letter country code")
                continue
            }
            let name = rest[..<comma.lowerBound].trimmingWhitespace
            let code = rest[comma.upperBound...]
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                fail("country", "'\(code)' is not a two-letter country code")
                continue
            }
            guard !name.isEmpty else {
                fail("name", "the name is empty")
                continue
            }
            if let first = firstLine[asn] {
                fail("asn", "\(asn) is listed twice (first on line \(first))")
                continue
            }
            firstLine[asn] = lineNumber
            let country = code.allSatisfy(\.isUppercase) ? String(code) : nil
            names.append(ASName(asn: asn, name: String(name), country: country, line: lineNumber))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return names
    }
}
