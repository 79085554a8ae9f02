import Foundation

/// Writes to standard output; a closed pipe (`cleancarrier report | head`) ends the writing quietly instead of crashing.
func writeOutput(_ data: Data) {
    try? FileHandle.standardOutput.write(contentsOf: data)
}

/// Writes a line to standard error.
func printError(_ line: String) {
    try? FileHandle.standardError.write(contentsOf: Data((line + "\n").utf8))
}
