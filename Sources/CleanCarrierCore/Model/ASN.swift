/// An autonomous system number (RFC 6793, 32 bits).
public struct ASN: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: UInt32

    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public init(_ value: UInt32) { self.rawValue = value }

    /// Parses `4134`, `AS4134` or `as4134`, and the asdot form `1.10` (RFC 5396).
    /// - Returns: `nil` when the text is not an ASN.
    public init?(parsing text: some StringProtocol) {
        var digits = Substring(text)
        if digits.count > 2, digits.prefix(2).lowercased() == "as" { digits = digits.dropFirst(2) }
        if let dot = digits.firstIndex(of: ".") {
            guard let high = UInt16(digits[..<dot]), let low = UInt16(digits[digits.index(after: dot)...]) else { return nil }
            self.rawValue = UInt32(high) << 16 | UInt32(low)
            return
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = UInt32(digits) else { return nil }
        self.rawValue = value
    }

    public static func < (lhs: ASN, rhs: ASN) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `AS4134`.
    public var description: String { "AS\(self.rawValue)" }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(UInt32.self) {
            self.rawValue = number
            return
        }
        let text = try container.decode(String.self)
        guard let asn = ASN(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an AS number")
        }
        self = asn
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.rawValue)
    }
}
