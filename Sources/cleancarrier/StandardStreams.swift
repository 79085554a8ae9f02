import Foundation

/// Writes to standard output; a closed pipe (`cleancarrier report | head`) ends the writing quietly instead of crashing.
func writeOutput(_ data: Data) {
    try? FileHandle.standardOutput.write(contentsOf: data)
}

/// Writes `text` to standard output.
func writeOutput(_ text: String) {
    writeOutput(Data(text.utf8))
}

/// Writes `value` to standard output as indented JSON with sorted keys and a final newline when `json` is set, else
/// `text` as it is.
func writeOutput(_ value: some Encodable, json: Bool, text: @autoclosure () -> String) throws {
    guard json else { return writeOutput(text()) }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    writeOutput(try encoder.encode(value) + Data("\n".utf8))
}

/// Writes a line to standard error.
func printError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
}
