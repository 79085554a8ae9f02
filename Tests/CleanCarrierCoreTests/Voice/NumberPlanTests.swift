import CleanCarrierCore
import Foundation
import Testing

/// Number look-ups over the fixture extract of libphonenumber's carrier table.
@Suite struct NumberPlanTests {
    static func plan() throws -> NumberPlan {
        NumberPlan(
            try NumberRangeReader.read(
                try String(contentsOfFile: VoiceTestSupport.fixture("numbering-extract.tsv"), encoding: .utf8),
                file: VoiceTestSupport.fixture("numbering-extract.tsv")
            )
        )
    }

    @Test func longestPrefixWins() throws {
        let plan = try Self.plan()
        #expect(plan.carrierName(for: "+8615012345678") == "China Mobile")  // 8615
        #expect(plan.carrierName(for: "+8615312345678") == "China Telecom")  // 86153
        #expect(plan.carrierName(for: "+86 139-1234-5678") == "China Mobile")
        #expect(plan.carrierName(for: "+8610123456") == "")
        #expect(plan.carrierName(for: "+999123456") == "")
        #expect(plan.carrierName(for: "+86139abc") == "")
    }

    @Test func onlyEnglishRowsAreRead() throws {
        let ranges = try NumberRangeReader.read(
            try String(contentsOfFile: VoiceTestSupport.fixture("numbering-extract.tsv"), encoding: .utf8),
            file: VoiceTestSupport.fixture("numbering-extract.tsv")
        )
        #expect(ranges.count == 105 && ranges.allSatisfy { $0.countryCode != nil })
    }

    @Test func nationalPrefixAfterTheCountryCodeIsRemovedAsLibphonenumberDoes() throws {
        #expect(DialedNumber(parsing: "+4402012345678")?.digits == "442012345678")
        #expect(DialedNumber(parsing: "+39 0612345678")?.digits == "390612345678")  // Italy keeps its 0
        #expect(DialedNumber(parsing: "+7 8 912 345 6789")?.digits == "79123456789")
        #expect(DialedNumber(parsing: "+12") == nil)
    }

    @Test func digitTrieReplacesAndMatches() throws {
        var trie = DigitTrie<String>()
        let prefix = try #require(E164Prefix(parsing: "861"))
        #expect(trie.insert("a", for: prefix) == nil)
        #expect(trie.insert("b", for: prefix) == "a")
        trie.insert("c", for: try #require(E164Prefix(parsing: "8613")))
        #expect(trie.longestMatch("86139") == "c" && trie.longestMatch("8615") == "b" && trie.longestMatch("85") == nil)
        #expect(trie.values.count == 2 && E164Prefix(parsing: "1234567890123456") == nil && E164Prefix(parsing: "") == nil)
    }
}
