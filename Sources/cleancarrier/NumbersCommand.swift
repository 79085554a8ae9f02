import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// `cleancarrier numbers`: the terminating carrier of each number, as libphonenumber's carrier matcher gives it.
struct NumbersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "numbers",
        abstract: "Print the terminating carrier of each number (longest-prefix match over number ranges).",
        discussion: """
            Output: number<TAB>carrier per number, in argument order; the carrier is empty when no range matches or \
            the number is not one libphonenumber accepts. Numbers are E.164 (+ then country code); a national prefix \
            written after the country code is dropped as libphonenumber does. No database is needed.
            """
    )

    @Option(help: "Number ranges: libphonenumber's carrier table TSV (carrier_for_number.py dump; .gz accepted) or the ranges CSV.") var ranges:
        String
    @Argument(help: "Numbers to look up, e.g. +8613912345678.") var numbers: [String] = []

    func run() async throws {
        let plan = NumberPlan(try await InputFile.numberRanges(at: self.ranges))
        writeOutput(self.numbers.map { "\($0)\t\(plan.carrierName(for: $0))\n" }.joined())
    }
}
