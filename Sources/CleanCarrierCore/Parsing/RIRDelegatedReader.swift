/// Reads an RIR delegated-extended statistics file (`registry|cc|type|start|value|date|status|opaque-id`), the format
/// all five RIRs publish, and expands its ASN rows into one registration per ASN.
///
/// Only `allocated` and `assigned` ASN rows carry a holder and are kept; version, summary and comment lines, other
/// resource types and `available`/`reserved` rows are skipped. Lines are cut as UTF-8 bytes, so the five real files
/// (27 MB, 437,000 lines, mostly IP rows) read in well under a second in a release build.
public enum RIRDelegatedReader {
    /// The registrations in `text`, the content of `file`.
    /// - Throws: `InputErrors` naming the line and field of each malformed ASN row (up to 50).
    public static func registrations(in text: String, file: String) throws(InputErrors) -> [ASNRegistration] {
        var registrations: [ASNRegistration] = []
        var errors: [InputError] = []
        var lineNumber = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            let fields = line.split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false).map { Self.trimmed($0) }
            guard fields.count >= 7, fields[2] == "asn", fields[1] != "*" else { continue }
            let status = fields[6]
            guard status == "allocated" || status == "assigned" else { continue }
            func fail(_ field: String, _ message: String) {
                if errors.count < 50 { errors.append(InputError(file: file, line: lineNumber, field: field, message: message)) }
            }
            guard let start = UInt32(fields[3]) else {
                fail("start", "'\(fields[3])' is not an AS number")
                continue
            }
            guard let count = UInt32(fields[4]), count > 0, UInt64(start) + UInt64(count) - 1 <= UInt64(UInt32.max) else {
                fail("value", "'\(fields[4])' is not a count of ASNs that fits after \(start)")
                continue
            }
            let date = fields[5]
            let registered = date.count == 8 ? Day(iso: "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))") : nil
            let holder = fields.count > 7 && !fields[7].isEmpty ? String(fields[7]) : nil
            let rir = String(fields[0])
            let country = fields[1].uppercased()
            for offset in 0..<count {
                registrations.append(
                    ASNRegistration(
                        asn: ASN(start + offset), rir: rir, country: country, status: String(status), registered: registered, holderID: holder,
                        line: lineNumber))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return registrations
    }

    /// The field's text without surrounding spaces, tabs or a carriage return.
    private static func trimmed(_ bytes: Substring.UTF8View) -> Substring {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var view = bytes
        while let first = view.first, blank(first) { view = view.dropFirst() }
        while let last = view.last, blank(last) { view = view.dropLast() }
        return Substring(view)
    }
}
