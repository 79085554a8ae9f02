/// Reads an RIR delegated-extended statistics file (`registry|cc|type|start|value|date|status|opaque-id`), the format
/// all five RIRs publish, and expands its ASN rows into one registration per ASN.
///
/// Only `allocated` and `assigned` ASN rows carry a holder and are kept; version, summary and comment lines, other
/// resource types and `available`/`reserved` rows are skipped. Lines are scanned as bytes and only ASN rows become
/// text, so the five real files (27 MB, 437,000 lines, mostly IP rows) read quickly.
public enum RIRDelegatedReader {
    /// The most ASNs one row may delegate: a whole 16-bit block. The largest allocated or assigned row of the five
    /// 2017 files holds 257; without a bound, a bad count (`asn|1|4294967294`) would expand into billions of rows.
    public static let maximumRowCount: UInt32 = 65_536
    /// The most registrations one file may expand into: more than ten times what the five RIRs had registered in 2017
    /// (about 85,000 ASNs together).
    public static let maximumRegistrations = 1_000_000

    /// The registrations in `text`, the content of `file`.
    /// - Throws: `InputErrors` naming the line and field of each malformed ASN row (up to 50).
    public static func registrations(in text: String, file: String) throws(InputErrors) -> [ASNRegistration] {
        var registrations: [ASNRegistration] = []
        var errors: [InputError] = []
        var bars: [Int] = []
        UTF8Lines.forEach(in: text) { lineNumber, line in
            guard let first = line.first, first != UInt8(ascii: "#") else { return }
            bars.removeAll(keepingCapacity: true)
            for index in line.indices where line[index] == UInt8(ascii: "|") { bars.append(index) }
            guard bars.count >= 6 else { return }
            func field(_ number: Int) -> UnsafeBufferPointer<UInt8> {
                let start = number == 0 ? line.startIndex : bars[number - 1] + 1
                let end = number < bars.count ? bars[number] : line.endIndex
                return UnsafeBufferPointer(rebasing: line[start..<end])
            }
            guard UTF8Lines.bytes(field(2), equal: "asn"), !UTF8Lines.bytes(field(1), equal: "*") else { return }
            guard UTF8Lines.bytes(field(6), equal: "allocated") || UTF8Lines.bytes(field(6), equal: "assigned") else { return }
            func fail(_ name: String, _ message: String) {
                if errors.count < 50 { errors.append(InputError(file: file, line: lineNumber, field: name, message: message)) }
            }
            let startText = UTF8Lines.text(field(3))
            guard let start = UInt32(startText) else { return fail("start", "'\(startText)' is not an AS number") }
            let countText = UTF8Lines.text(field(4))
            guard let count = UInt32(countText), count > 0, UInt64(start) + UInt64(count) - 1 <= UInt64(UInt32.max) else {
                return fail("value", "'\(countText)' is not a count of ASNs that fits after \(start)")
            }
            guard count <= Self.maximumRowCount else {
                return fail("value", "\(count) ASNs in one row: more than the \(Self.maximumRowCount) a row may delegate")
            }
            guard registrations.count + Int(count) <= Self.maximumRegistrations else {
                return fail("value", "the file expands into more than \(Self.maximumRegistrations) ASN registrations")
            }
            let date = UTF8Lines.text(field(5))
            let registered = date.count == 8 ? Day(iso: "\(date.prefix(4))-\(date.dropFirst(4).prefix(2))-\(date.suffix(2))") : nil
            let holder = bars.count >= 7 ? UTF8Lines.text(field(7)) : ""
            let rir = UTF8Lines.text(field(0))
            let country = UTF8Lines.text(field(1)).uppercased()
            let status = UTF8Lines.text(field(6))
            for offset in 0..<count {
                registrations.append(
                    ASNRegistration(
                        asn: ASN(start + offset),
                        rir: rir,
                        country: country,
                        status: status,
                        registered: registered,
                        holderID: holder.isEmpty ? nil : holder,
                        line: lineNumber
                    )
                )
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return registrations
    }
}
