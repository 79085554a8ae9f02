import Foundation

/// The syntax of each identifier kind, and its canonical text form.
public enum IdentifierSyntax {
    /// The canonical form of `text` as an identifier of `kind`, or `nil` when it is not one.
    public static func canonical(_ text: String, kind: Identifier.Kind) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch kind {
        case .asn:
            return ASN(parsing: trimmed).map { String($0.rawValue) }
        case .ispc:
            let parts = trimmed.split(separator: "-")
            return parts.count == 3 && parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }) ? trimmed : nil
        case .mccMnc:
            let digits = trimmed.filter { $0 != "-" }
            return (5...6).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) ? trimmed : nil
        case .fccFrn:
            return trimmed.count == 10 && trimmed.allSatisfy(\.isASCIIDigit) ? trimmed : nil
        case .peeringdbNet:
            return Int(trimmed).map { $0 > 0 ? String($0) : nil } ?? nil
        case .e164Range:
            let digits = trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed
            return (1...15).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit) ? digits : nil
        case .ituCarrierCode:
            return trimmed.isEmpty ? nil : trimmed.uppercased()
        }
    }
}

extension Character {
    /// Whether the character is one of `0`...`9`.
    var isASCIIDigit: Bool { self.isASCII && self.isNumber }
}
