/// Reads the potaroo AS-names list: one line per AS, `ASN<TAB>NAME, CC` (docs/FORMATS.md#as-names).
///
/// The country is the text after the last `, `: two capital letters, or two lowercase ones (`na`) for none. The name
/// may be empty (`1268<TAB>, EU`: 249 lines of the 2016 list). The list is published in Latin-1; decode it with
/// `TextEncoding.latin1` first. Blank lines and lines starting with `#` (which no ASN line does) are skipped.
public enum ASNamesReader {
    /// The names in `text`, the content of `file`, in file order.
    /// - Throws: `InputErrors` naming the line and field of every problem (up to 100).
    public static func names(in text: String, file: String) throws(InputErrors) -> [ASName] {
        var names: [ASName] = []
        var firstLine: [ASN: Int] = [:]
        var errors: [InputError] = []
        UTF8Lines.forEach(in: text) { lineNumber, line in
            guard let first = line.first, first != UInt8(ascii: "#") else { return }
            func fail(_ field: String, _ message: String) {
                if errors.count < 100 { errors.append(InputError(file: file, line: lineNumber, field: field, message: message)) }
            }
            guard let tab = line.firstIndex(of: UInt8(ascii: "\t")) else {
                return fail("line", "expected ASN<TAB>NAME, CC (no tab found)")
            }
            let digits = UnsafeBufferPointer(rebasing: line[..<tab])
            guard let asn = Self.asn(digits) else {
                return fail("asn", "'\(UTF8Lines.text(digits))' is not an AS number (digits, at most 4294967295)")
            }
            var comma = line.endIndex - 2
            while comma > tab, line[comma] != UInt8(ascii: ",") || line[comma + 1] != UInt8(ascii: " ") { comma -= 1 }
            guard comma > tab else { return fail("country", "expected NAME, CC: a name, a comma, a space and a two-letter country code") }
            let code = UnsafeBufferPointer(rebasing: line[(comma + 2)...])
            guard code.count == 2, code.allSatisfy({ ($0 | 0x20) >= UInt8(ascii: "a") && ($0 | 0x20) <= UInt8(ascii: "z") }) else {
                return fail("country", "'\(UTF8Lines.text(code))' is not a two-letter country code")
            }
            if let previous = firstLine[asn] { return fail("asn", "\(asn) is listed twice (first on line \(previous))") }
            firstLine[asn] = lineNumber
            let country = code.allSatisfy { $0 <= UInt8(ascii: "Z") } ? String(decoding: code, as: UTF8.self) : nil
            let name = UTF8Lines.text(UnsafeBufferPointer(rebasing: line[(tab + 1)..<comma]))
            names.append(ASName(asn: asn, name: name, country: country, line: lineNumber))
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return names
    }

    /// The ASN the bytes spell in decimal digits, or `nil`.
    private static func asn(_ digits: UnsafeBufferPointer<UInt8>) -> ASN? {
        guard !digits.isEmpty, digits.count <= 10 else { return nil }
        var value: UInt64 = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        return value <= UInt64(UInt32.max) ? ASN(UInt32(value)) : nil
    }
}
