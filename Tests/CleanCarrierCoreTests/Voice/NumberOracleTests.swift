import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

/// Compares number look-ups with libphonenumber's own matcher (`../shared/oracle/carrier_for_number.py lookup`).
@Suite struct NumberOracleTests {
    /// 100,000 random numbers across every country code in the table: 60% extend a real range, 40% are random digits.
    static func randomNumbers(ranges: [NumberRange], count: Int) -> [String] {
        var generator = SplitMix64(seed: 20_250_505)
        var byCode: [Int: [NumberRange]] = [:]
        for range in ranges { byCode[range.countryCode ?? 0, default: []].append(range) }
        let codes = byCode.keys.sorted()
        return (0..<count).map { _ in
            let code = codes.randomElement(using: &generator) ?? 1
            var digits = String(code)
            if Int.random(in: 0..<10, using: &generator) < 6, let range = byCode[code]?.randomElement(using: &generator) {
                digits = range.prefix.digits
            }
            let length = digits.count + Int.random(in: 1...9, using: &generator)
            while digits.count < max(length, String(code).count + 4) {
                digits.append(Character(String(Int.random(in: 0...9, using: &generator))))
            }
            return "+" + digits
        }
    }

    @Test func numbersAgreeWithLibphonenumber() async throws {
        guard let table = VoiceTestSupport.carrierTable, let shared = VoiceTestSupport.sharedFolder else {
            print("skipped: ../shared/data is absent (a fresh clone), nothing to compare")
            return
        }
        guard let python = await VoiceTestSupport.phonenumbersPython() else {
            if VoiceTestSupport.isCI { Issue.record("phonenumbers not installed: run scripts/setup-oracles") }
            print("skipped: phonenumbers not installed (set CLEANCARRIER_PN_PYTHON or run scripts/setup-oracles)")
            return
        }
        let plan = NumberPlan(try await InputFile.numberRanges(at: table))
        let numbers = Self.randomNumbers(ranges: plan.ranges, count: 100_000)
        var expected: [String] = []
        for batch in stride(from: 0, to: numbers.count, by: 20_000) {
            let slice = Array(numbers[batch..<min(batch + 20_000, numbers.count)])
            let output = try await ChildProcess.output(python, [shared + "/oracle/carrier_for_number.py", "lookup"] + slice)
            expected += output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        try #require(expected.count == numbers.count)
        var mismatches: [String] = []
        for (number, line) in zip(numbers, expected) {
            let ours = "\(number)\t\(plan.carrierName(for: number))"
            if ours != line { mismatches.append("ours '\(ours)' libphonenumber '\(line)'") }
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) of \(numbers.count) differ, e.g. \(mismatches.prefix(5))")
    }
}
