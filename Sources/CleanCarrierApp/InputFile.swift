public import CleanCarrierCore
public import Foundation
import Subprocess

#if canImport(System)
import System
#else
import SystemPackage
#endif

/// Reads an input file that may be plain, gzip- or bzip2-compressed, by its name's extension: the one place where
/// files are read for the parsers of `CleanCarrierCore`, which take bytes.
///
/// Decompression runs the system's `gzip` or `bzip2` through swift-subprocess; no decompressor is written here.
public enum InputFile {
    /// The largest decompressed file read: the whole-Internet inputs are a few hundred megabytes.
    static let limit = 4 << 30

    /// The whole (decompressed) content of `path`.
    /// - Throws: `InputError` naming the file when it cannot be read or decompressed.
    public static func data(at path: String) async throws(InputError) -> Data {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: "cannot read the file (missing or unreadable)")
        }
        let tool: String? =
            if path.hasSuffix(".gz") { "gzip" } else if path.hasSuffix(".bz2") { "bzip2" } else { nil }
        guard let tool else {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw InputError(file: path, message: "cannot read the file (missing or unreadable)")
            }
            return data
        }
        let status: TerminationStatus
        let output: [UInt8]
        let message: String
        do {
            let result = try await Subprocess.run(
                .name(tool),
                arguments: ["-dc", path],
                input: .none,
                output: .bytes(limit: Self.limit),
                error: .string(limit: 1 << 16)
            )
            (status, output, message) = (result.terminationStatus, result.standardOutput, result.standardError)
        } catch {
            throw InputError(file: path, message: "cannot run \(tool) to decompress: \(error)")
        }
        guard case .exited(0) = status else {
            throw InputError(file: path, message: "\(tool) failed: \(message.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        return Data(output)
    }

    /// The content of `path` as text: UTF-8, or `encoding` when given.
    public static func text(at path: String, encoding: TextEncoding = .utf8) async throws(InputError) -> String {
        try encoding.decode(try await Self.data(at: path), file: path)
    }
}
