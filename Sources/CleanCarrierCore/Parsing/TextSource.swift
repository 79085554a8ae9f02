import Foundation

/// Reads a text file that may be plain, gzip- or bzip2-compressed, by its name's extension.
///
/// Decompression runs the system's `gzip`/`bzip2` in a child process; no decompressor is written here.
public enum TextSource {
    /// The whole (decompressed) content of `path` as bytes.
    /// - Throws: `InputError` when the file cannot be read or decompressed.
    public static func data(at path: String) throws(InputError) -> Data {
        let tool: String? =
            if path.hasSuffix(".gz") { "gzip" } else if path.hasSuffix(".bz2") { "bzip2" } else { nil }
        guard let tool else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, message: "cannot read the file (missing or unreadable)")
            }
            return data
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: "cannot read the file (missing or unreadable)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool, "-dc", path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch {
            throw InputError(file: path, message: "cannot run \(tool) to decompress: \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw InputError(file: path, message: "\(tool) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return data
    }
}
