import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier-bench numbers --ranges FILE --lookups N [--input FILE]`: times look-ups in-process, on one core.
///
/// Numbers come from FILE (one per line, as `scripts/bench-numbers` writes them) or are drawn from the ranges
/// (a random range's prefix plus random digits). Prints `key=value` lines: the trie look-up rate over
/// pre-parsed digits, and the end-to-end rate (parse the text, normalise, look up).
struct NumbersBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "numbers", abstract: "Time number look-ups (trie, and end to end).")

    @Option(help: "Number ranges: libphonenumber's carrier table TSV or the ranges CSV.") var ranges: String
    @Option(help: "Look-ups to time.") var lookups = 10_000_000
    @Option(name: .customLong("input"), help: "Numbers to look up, one per line (default: drawn from the ranges).") var inputPath: String?

    func run() async throws {
        let plan = NumberPlan(try await InputFile.numberRanges(at: self.ranges))
        let lookups = self.lookups
        let texts = try await self.numbers(plan: plan)
        let digits = texts.map { Array((DialedNumber(parsing: $0)?.digits ?? "").utf8) }
        let clock = ContinuousClock()
        var checksum = 0
        let trie = plan.trie
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
            checksum &+= plan.carrierName(for: text).utf8.count
        }
        let parseTime = Self.seconds(clock.now - parseStart)
        let report = """
            ranges=\(plan.ranges.count) trie_nodes=\(plan.trie.nodeCount) distinct_numbers=\(texts.count)
            trie_lookups=\(lookups) trie_seconds=\(String(format: "%.4f", trieTime)) trie_lookups_per_second=\(Int(Double(lookups) / trieTime))
            end_to_end_lookups=\(parseCount) end_to_end_seconds=\(String(format: "%.4f", parseTime)) end_to_end_per_second=\(Int(Double(parseCount) / parseTime))
            checksum=\(checksum)

            """
        FileHandle.standardOutput.write(Data(report.utf8))
    }

    private func numbers(plan: NumberPlan) async throws -> [String] {
        if let inputPath {
            let data = try await InputFile.data(at: inputPath)
            return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        }
        var generator = SystemRandomNumberGenerator()
        let ranges = plan.ranges
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
