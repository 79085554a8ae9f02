/// A dialled number in E.164 form, read the way libphonenumber reads it.
///
/// Accepts `+` then the country code and number, with spaces, `-`, `.`, `/` and parentheses between digits
/// (a missing `+` is tolerated: the digits are taken as E.164). The country code is recognised from
/// libphonenumber's list, and a national prefix written after it is removed by libphonenumber's rules
/// (`+44 020…` is `+4420…`), so look-ups agree with `phonenumbers`' carrier matcher.
public struct DialedNumber: Hashable, Sendable, CustomStringConvertible {
    /// The country calling code, e.g. 86.
    public let countryCode: Int
    /// The national significant number, e.g. `13912345678`.
    public let nationalNumber: String

    /// Libphonenumber's limits on a national significant number, in digits.
    static let nationalLengths = 2...17

    /// Parses a dialled number.
    /// - Returns: `nil` when there are letters or other characters, no known country code, or the national
    ///   number is shorter than 2 or longer than 17 digits (where libphonenumber refuses the number too).
    public init?(parsing text: some StringProtocol) {
        var digits: [UInt8] = []
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
            case UInt8(ascii: "+") where offset == 0 || digits.isEmpty: continue
            case UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"):
                continue
            default: return nil
            }
        }
        let rules = NationalPrefixRules.shared
        guard digits.count > 2, digits[0] != UInt8(ascii: "0") else { return nil }
        var code = 0
        var codeLength = 0
        for length in 1...3 where code == 0 {
            let candidate = digits.prefix(length).reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if rules.rules[candidate] != nil {
                code = candidate
                codeLength = length
            }
        }
        guard code != 0 else { return nil }
        let national = String(decoding: digits.dropFirst(codeLength), as: UTF8.self)
        guard national.utf8.count >= DialedNumber.nationalLengths.lowerBound else { return nil }
        let significant = rules.nationalSignificantNumber(national, countryCode: code)
        guard DialedNumber.nationalLengths.contains(significant.utf8.count) else { return nil }
        self.countryCode = code
        self.nationalNumber = significant
    }

    /// Country code then national number: the digits to match against prefixes.
    public var digits: String { "\(self.countryCode)\(self.nationalNumber)" }

    /// `+` and the digits.
    public var description: String { "+" + self.digits }
}
