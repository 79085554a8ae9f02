import Foundation

/// Reads an RIR delegated-extended statistics file (`registry|cc|type|start|value|date|status|opaque-id`), the format
/// all five RIRs publish, and expands its ASN rows into one registration per ASN.
///
/// Only `allocated` and `assigned` ASN rows carry a holder and are kept; version, summary and comment lines, other
/// resource types and `available`/`reserved` rows are skipped.
public enum RIRDelegatedReader {
    /// The registrations in `text`, the content of `file`.
    /// - Throws: `InputErrors` naming the line and field of each malformed ASN row (up to 50).
    public static func registrations(in text: String, file: String) throws(InputErrors) -> [ASNRegistration] {
        var registrations: [ASNRegistration] = []
        var errors: [InputError] = []
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            guard !rawLine.isEmpty, rawLine.first != "#" else { continue }
            let fields = rawLine.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count >= 7, fields[2] == "asn", fields[1] != "*" else { continue }
            let status = fields[6].trimmingCharacters(in: .whitespacesAndNewlines)
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
            let holder = fields.count > 7 ? String(fields[7]).trimmingCharacters(in: .whitespacesAndNewlines) : ""
            for offset in 0..<count {
                registrations.append(
                    ASNRegistration(
                        asn: ASN(start + offset), rir: String(fields[0]), country: String(fields[1]).uppercased(), status: status,
                        registered: registered, holderID: holder.isEmpty ? nil : holder, line: lineNumber))
            }
        }
        guard errors.isEmpty else { throw InputErrors(errors) }
        return registrations
    }
}
