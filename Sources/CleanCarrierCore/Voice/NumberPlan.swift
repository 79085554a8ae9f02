/// Number ranges indexed for longest-prefix look-up: which carrier terminates a number.
public struct NumberPlan: Sendable {
    /// The index; its values are the ranges.
    public let trie: DigitTrie<NumberRange>

    /// Indexes `ranges`; where two share a prefix, the later wins.
    public init(_ ranges: [NumberRange]) {
        var trie = DigitTrie<NumberRange>()
        for range in ranges { trie.insert(range, for: range.prefix) }
        self.trie = trie
    }

    /// The ranges, in the order first indexed.
    public var ranges: [NumberRange] { self.trie.values }

    /// The range with the longest prefix of `number`, or `nil`.
    public func range(for number: DialedNumber) -> NumberRange? { self.trie.longestMatch(number.digits) }

    /// The range with the longest prefix of `digits` (E.164 digits, no `+`), or `nil`.
    public func range(forDigits digits: some StringProtocol) -> NumberRange? { self.trie.longestMatch(digits) }

    /// The carrier name for a dialled number as libphonenumber would give it: empty when the text is not a
    /// number libphonenumber accepts or no range matches.
    public func carrierName(for text: some StringProtocol) -> String {
        guard let number = DialedNumber(parsing: text) else { return "" }
        return self.range(for: number)?.carrier ?? ""
    }
}
