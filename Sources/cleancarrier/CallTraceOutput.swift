import CleanCarrierCore
import Foundation

/// Prints a call trace as text or JSON: for `trace call`, through the store or files.
enum CallTraceOutput {
    /// Writes `trace` to standard output; `notes` follow the text (not the JSON).
    static func write(_ trace: CallTrace, json: Bool, notes: [String] = []) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOutput(try encoder.encode(trace) + Data("\n".utf8))
        } else {
            writeOutput(Data((trace.text + notes.map { $0 + "\n" }.joined()).utf8))
        }
    }
}
