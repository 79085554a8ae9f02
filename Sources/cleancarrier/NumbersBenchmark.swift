import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `numbers --bench N [--bench-input FILE]`: times look-ups in-process, on one core.
///
/// Numbers come from FILE (one per line, as `scripts/bench-numbers` writes them) or are drawn from the ranges
/// (a random range's prefix plus random digits). Prints `key=value` lines: the trie look-up rate over
/// pre-parsed digits, and the end-to-end rate (parse the text, normalise, look up).
struct NumbersBenchmark {
    let plan: NumberPlan
    let inputPath: String?

    func run(lookups: Int) async throws {
        let texts = try await self.numbers()
        let digits = texts.map { Array((DialedNumber(parsing: $0)?.digits ?? "").utf8) }
        let clock = ContinuousClock()
        var checksum = 0
        let trie = self.plan.trie
        let start = clock.now
        var index = 0
        for _ in 0..<lookups {
            checksum &+= trie.longestMatchIndex(digits[index]) ?? -1
            index = index + 1 == digits.count ? 0 : index + 1
        }
        let trieTime = Self.seconds(clock.now - start)
        let parseCount = min(lookups, texts.count)
        let parseStart = clock.now
        for text in texts.prefix(parseCount) {
            checksum &+= self.plan.carrierName(for: text).utf8.count
        }
        let parseTime = Self.seconds(clock.now - parseStart)
        let report = """
            ranges=\(self.plan.ranges.count) trie_nodes=\(self.plan.trie.nodeCount) distinct_numbers=\(texts.count)
            trie_lookups=\(lookups) trie_seconds=\(String(format: "%.4f", trieTime)) trie_lookups_per_second=\(Int(Double(lookups) / trieTime))
            end_to_end_lookups=\(parseCount) end_to_end_seconds=\(String(format: "%.4f", parseTime)) end_to_end_per_second=\(Int(Double(parseCount) / parseTime))
            checksum=\(checksum)

            """
        writeOutput(Data(report.utf8))
    }

    private func numbers() async throws -> [String] {
        if let inputPath {
            let data = try await InputFile.data(at: inputPath)
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        var generator = SystemRandomNumberGenerator()
        let ranges = self.plan.ranges
        return (0..<100_000).map { _ in
            var text = "+" + (ranges.randomElement(using: &generator)?.prefix.digits ?? "1")
            while text.count < 13 { text += String(Int.random(in: 0...9, using: &generator)) }
            return text
        }
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
