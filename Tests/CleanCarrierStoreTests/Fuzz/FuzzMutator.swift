import CleanCarrierTestSupport
import Foundation

extension SplitMix64 {
    /// A stable 64-bit hash of `text` (FNV-1a), to derive one seed per importer kind.
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(0xCBF2_9CE4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01B3 }
    }
}

/// Turns a valid input file into a broken (or sometimes still valid) one.
struct FuzzMutator {
    /// What a case does to its fixture.
    enum Mutation: String, CaseIterable, Sendable {
        case randomBytes, truncation, byteFlips, lineShuffle, fieldSwap, boundaryNumber, specialCharacters, duplicateLines,
            lineDeletion, emptyInput
    }

    var rng: SplitMix64
    /// The bytes that separate fields in this format (`,` for CSV, `|` for CAIDA...).
    let delimiters: [UInt8]

    static let boundaryNumbers = [
        "0", "-1", "2147483647", "2147483648", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
        "99999999999999999999999999", "1e9", "0x10", "", "00000000000000000000001", "+7", "1.5",
    ]
    static let specials: [[UInt8]] = [
        [0x00], Array("\t".utf8), Array("\\".utf8), Array("\"".utf8), Array("\r".utf8), Array("\r\n".utf8),
        Array("\u{FEFF}".utf8), Array("é".utf8), [0xC3], [0xFF, 0xFE], Array("\u{202E}".utf8), Array("'".utf8),
        Array("\\N".utf8), Array(",".utf8), Array("|".utf8), Array("{".utf8), Array("}".utf8), Array(": ".utf8),
        Array("\n".utf8), Array("#".utf8), Array("\u{1F600}".utf8),
    ]

    /// Applies `mutation` to `input`.
    /// - Returns: the new bytes and a short description of what changed (for reproducing a failure).
    mutating func mutate(_ input: [UInt8], with mutation: Mutation) -> (bytes: [UInt8], detail: String) {
        switch mutation {
        case .randomBytes:
            let length = Int.random(in: 0...1024, using: &self.rng)
            let structured = Bool.random(using: &self.rng)
            let alphabet = Array("0123456789abcxyz-.,|:\t \n#{}[]\"AS".utf8) + self.delimiters
            var bytes = (0..<length).map { _ in
                structured ? alphabet.randomElement(using: &self.rng)! : UInt8.random(in: 0...255, using: &self.rng)
            }
            let keepHeader = Bool.random(using: &self.rng)
            if keepHeader { bytes = Array(Self.lines(input).prefix(1).joined()) + bytes }
            return (bytes, "\(length) \(structured ? "structured" : "raw") random bytes\(keepHeader ? " after the first line" : "")")
        case .truncation:
            let cut = input.isEmpty ? 0 : Int.random(in: 0..<input.count, using: &self.rng)
            return (Array(input.prefix(cut)), "truncated at byte \(cut) of \(input.count)")
        case .byteFlips:
            var bytes = input
            var places: [Int] = []
            for _ in 0..<Int.random(in: 1...8, using: &self.rng) where !bytes.isEmpty {
                let at = Int.random(in: 0..<bytes.count, using: &self.rng)
                if Bool.random(using: &self.rng) {
                    bytes[at] ^= 1 << UInt8.random(in: 0...7, using: &self.rng)
                } else {
                    bytes[at] = UInt8.random(in: 0...255, using: &self.rng)
                }
                places.append(at)
            }
            return (bytes, "bytes changed at \(places)")
        case .lineShuffle:
            var lines = Self.lines(input)
            if Bool.random(using: &self.rng) {
                lines.shuffle(using: &self.rng)
                return (Array(lines.joined()), "all \(lines.count) lines shuffled")
            }
            var swaps: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &self.rng) where lines.count > 1 {
                let a = Int.random(in: 0..<lines.count, using: &self.rng)
                let b = Int.random(in: 0..<lines.count, using: &self.rng)
                lines.swapAt(a, b)
                swaps.append("\(a + 1)<->\(b + 1)")
            }
            return (Array(lines.joined()), "lines swapped \(swaps)")
        case .fieldSwap:
            var lines = Self.lines(input)
            var swaps: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &self.rng) where !lines.isEmpty {
                let index = Int.random(in: 0..<lines.count, using: &self.rng)
                guard let delimiter = self.delimiters.first(where: { lines[index].contains($0) }) else { continue }
                var fields = lines[index].split(separator: delimiter, omittingEmptySubsequences: false).map(Array.init)
                guard fields.count > 1 else { continue }
                let a = Int.random(in: 0..<fields.count, using: &self.rng)
                var b = Int.random(in: 0..<fields.count, using: &self.rng)
                if a == b { b = (a + 1) % fields.count }
                fields.swapAt(a, b)
                lines[index] = Array(fields.joined(separator: [delimiter]))
                swaps.append("line \(index + 1) fields \(a + 1)<->\(b + 1)")
            }
            return (Array(lines.joined()), "fields swapped: \(swaps)")
        case .boundaryNumber:
            let runs = Self.digitRuns(input)
            guard !runs.isEmpty else { return (input, "no number to change") }
            var bytes = input
            var changes: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &self.rng) {
                let run = Self.digitRuns(bytes).randomElement(using: &self.rng) ?? runs[0]
                let value = Self.boundaryNumbers.randomElement(using: &self.rng)!
                bytes.replaceSubrange(run, with: Array(value.utf8))
                changes.append("\(run.lowerBound):'\(value)'")
            }
            return (bytes, "numbers replaced \(changes)")
        case .specialCharacters:
            var bytes = input
            var inserts: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &self.rng) {
                let at = Int.random(in: 0...bytes.count, using: &self.rng)
                let special = Self.specials.randomElement(using: &self.rng)!
                bytes.insert(contentsOf: special, at: at)
                inserts.append("\(at):\(special.map { String(format: "%02x", $0) }.joined())")
            }
            return (bytes, "inserted \(inserts)")
        case .duplicateLines:
            var lines = Self.lines(input)
            var copies: [String] = []
            for _ in 0..<Int.random(in: 1...3, using: &self.rng) where !lines.isEmpty {
                let from = Int.random(in: 0..<lines.count, using: &self.rng)
                let to = Int.random(in: 0...lines.count, using: &self.rng)
                var line = lines[from]
                if line.last != UInt8(ascii: "\n") { line.append(UInt8(ascii: "\n")) }
                lines.insert(line, at: to)
                copies.append("\(from + 1)->\(to + 1)")
            }
            return (Array(lines.joined()), "lines copied \(copies)")
        case .lineDeletion:
            var lines = Self.lines(input)
            var deleted: [Int] = []
            for _ in 0..<Int.random(in: 1...5, using: &self.rng) where !lines.isEmpty {
                let at = Int.random(in: 0..<lines.count, using: &self.rng)
                lines.remove(at: at)
                deleted.append(at + 1)
            }
            return (Array(lines.joined()), "lines deleted \(deleted)")
        case .emptyInput:
            let choices: [(String, [UInt8])] = [
                ("empty", []), ("the first line only", Array(Self.lines(input).prefix(1).joined())), ("whitespace", Array(" \n\t\n\n".utf8)),
                ("comments only", Array("# nothing\n#\n".utf8)), ("NUL bytes", [0, 0, 0, 10]),
            ]
            let (name, bytes) = choices.randomElement(using: &self.rng)!
            return (bytes, name)
        }
    }

    /// The lines of `bytes`, each with its newline.
    static func lines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        for byte in bytes {
            current.append(byte)
            if byte == UInt8(ascii: "\n") {
                lines.append(current)
                current = []
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The ranges of runs of ASCII digits in `bytes`.
    static func digitRuns(_ bytes: [UInt8]) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (index, byte) in bytes.enumerated() {
            let digit = byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
            if digit, start == nil { start = index }
            if !digit, let begin = start {
                runs.append(begin..<index)
                start = nil
            }
        }
        if let start { runs.append(start..<bytes.count) }
        return runs
    }
}
