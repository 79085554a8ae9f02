/// A run of E.164 digits, country code first, without the `+`: a number range, a route prefix or a whole number.
///
/// At most 15 digits (ITU-T E.164); at least one. Compares as text, so `86` sorts before `8613`.
public struct E164Prefix: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The longest E.164 number, in digits.
    public static let maximumLength = 15

    /// The digits, ASCII `0`...`9` only.
    public let digits: String

    /// Parses `8613`, or `+8613`: an optional leading `+` then 1 to 15 ASCII digits, nothing else.
    /// - Returns: `nil` for anything else (spaces, letters, empty, too long).
    public init?(parsing text: some StringProtocol) {
        var body = Substring(text)
        if body.first == "+" { body = body.dropFirst() }
        guard !body.isEmpty, body.utf8.count <= E164Prefix.maximumLength,
            body.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return nil }
        self.digits = String(body)
    }

    /// The number of digits.
    public var count: Int { self.digits.utf8.count }

    /// Whether `other` starts with this prefix (a prefix covers itself).
    public func covers(_ other: E164Prefix) -> Bool { other.digits.utf8.starts(with: self.digits.utf8) }

    public static func < (lhs: E164Prefix, rhs: E164Prefix) -> Bool { lhs.digits < rhs.digits }

    /// The digits, without `+`.
    public var description: String { self.digits }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let prefix = E164Prefix(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not E.164 digits")
        }
        self = prefix
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.digits)
    }
}
