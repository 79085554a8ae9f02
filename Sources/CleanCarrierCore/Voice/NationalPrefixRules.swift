import Foundation

/// libphonenumber's rules for a national prefix written after the country code, one per country calling code.
///
/// libphonenumber reads `+44 020 7946 0000` as `+44 20 7946 0000`: it strips a national prefix (or applies a
/// transform rule) when the result is still a plausible national number. The rows are generated from its
/// metadata by `scripts/generate-national-prefix-rules`, so `DialedNumber` normalises exactly as it does.
struct NationalPrefixRules: @unchecked Sendable {
    /// One country calling code's rule.
    struct Rule {
        /// `national_prefix_for_parsing`, anchored at the start of the national number.
        var prefix: NSRegularExpression?
        /// `national_prefix_transform_rule`, as an ICU template (`$1` for `\1`).
        var transform: String?
        /// The general national number pattern, matched against the whole national number.
        var general: NSRegularExpression?
        /// Possible national number lengths, ascending.
        var lengths: [Int]
        /// Lengths only possible for local dialling.
        var localLengths: Set<Int>
    }

    /// The rules, by country calling code (every calling code libphonenumber knows).
    let rules: [Int: Rule]

    /// The rules generated from libphonenumber's metadata (compiled on first use, shared).
    static let shared = NationalPrefixRules(table: NationalPrefixRules.table)

    /// Reads the generated rows. They are compiled in, so a row that does not read is a generator bug: it stops the
    /// process at first use (in any test that dials a number) instead of silently leaving a country without its rule.
    init(table: String) {
        var rules: [Int: Rule] = [:]
        for (index, line) in table.split(separator: "\n").enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let code = Int(fields[0]) else {
                preconditionFailure("national prefix rules, row \(index + 1): expected 6 tab-separated fields, the first a calling code")
            }
            rules[code] = Rule(
                prefix: fields[1].isEmpty ? nil : Self.expression(fields[1], row: index + 1),
                transform: fields[2].isEmpty ? nil : fields[2].replacingOccurrences(of: "\\", with: "$"),
                general: fields[3].isEmpty ? nil : Self.expression("^(?:\(fields[3]))$", row: index + 1),
                lengths: fields[4].split(separator: ",").compactMap { Int($0) }.sorted(),
                localLengths: Set(fields[5].split(separator: ",").compactMap { Int($0) })
            )
        }
        self.rules = rules
    }

    private static func expression(_ pattern: String, row: Int) -> NSRegularExpression {
        do { return try NSRegularExpression(pattern: pattern) } catch {
            preconditionFailure("national prefix rules, row \(row): '\(pattern)' is not a regular expression (\(error))")
        }
    }

    /// The national significant number libphonenumber keeps for `national` under `countryCode`.
    func nationalSignificantNumber(_ national: String, countryCode: Int) -> String {
        guard let rule = self.rules[countryCode], let prefix = rule.prefix else { return national }
        let whole = NSRange(national.startIndex..., in: national)
        guard let match = prefix.firstMatch(in: national, options: .anchored, range: whole) else { return national }
        let viable = Self.matches(rule.general, national)
        let lastGroup = match.numberOfRanges > 1 ? match.range(at: match.numberOfRanges - 1) : NSRange(location: NSNotFound, length: 0)
        let stripped: String
        if let transform = rule.transform, lastGroup.location != NSNotFound {
            let replacement = prefix.replacementString(for: match, in: national, offset: 0, template: transform)
            stripped = replacement + (national as NSString).substring(from: match.range.upperBound)
        } else {
            stripped = (national as NSString).substring(from: match.range.upperBound)
        }
        if viable && !Self.matches(rule.general, stripped) { return national }
        return Self.lengthAllowsStripping(stripped.utf8.count, rule) ? stripped : national
    }

    /// libphonenumber's `_test_number_length` is not TOO_SHORT, IS_POSSIBLE_LOCAL_ONLY or INVALID_LENGTH.
    private static func lengthAllowsStripping(_ length: Int, _ rule: Rule) -> Bool {
        guard let shortest = rule.lengths.first, let longest = rule.lengths.last else { return false }
        if rule.localLengths.contains(length) || length < shortest { return false }
        if length == shortest || length > longest { return true }
        return rule.lengths.contains(length)
    }

    private static func matches(_ pattern: NSRegularExpression?, _ text: String) -> Bool {
        guard let pattern else { return false }
        return pattern.firstMatch(in: text, options: .anchored, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
