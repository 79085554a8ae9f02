import Foundation

/// Reads CAIDA AS-relationship files: serial-1 (`a|b|rel`) and serial-2 (`a|b|rel|source`).
///
/// `rel` is `-1` (a is a provider of b) or `0` (a and b are peers). `#` lines are kept as metadata, and the
/// `# input clique:` and `# IXP ASes:` lists are parsed. The parser works on bytes, with no per-line strings.
public struct ASRelationshipParser: Sendable {
    /// Bad lines collected before the parser gives up.
    public var errorLimit: Int

    /// Creates a parser.
    /// - Parameter errorLimit: how many bad lines to collect before stopping.
    public init(errorLimit: Int = 100) {
        self.errorLimit = errorLimit
    }

    /// Parses the text of a file.
    /// - Parameters:
    ///   - data: the decompressed file content.
    ///   - name: the file name, used in errors.
    /// - Returns: the links and header metadata.
    /// - Throws: `InputErrors` naming each bad line (file, line, field).
    public func parse(_ data: Data, name: String) throws(InputErrors) -> ASRelationshipFile {
        var scanner = Scanner(name: name, errorLimit: self.errorLimit)
        data.withUnsafeBytes { raw in
            scanner.scan(raw.bindMemory(to: UInt8.self))
        }
        guard scanner.errors.isEmpty else { throw InputErrors(scanner.errors) }
        return scanner.file
    }
}

// MARK: - Byte scanner

extension ASRelationshipParser {
    private static let bar = UInt8(ascii: "|")
    private static let hash = UInt8(ascii: "#")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// Scans lines; one instance per parse.
    private struct Scanner {
        var file: ASRelationshipFile
        var errors: [InputError] = []
        let errorLimit: Int
        var tagIndex: [String: UInt16] = [:]
        var lastTag: UInt16?

        init(name: String, errorLimit: Int) {
            self.file = ASRelationshipFile(name: name, links: [])
            self.errorLimit = errorLimit
        }

        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.file.links.reserveCapacity(bytes.count / 16)
            var start = 0
            var line = 0
            while start < bytes.count, self.errors.count < self.errorLimit {
                line += 1
                var end = start
                while end < bytes.count, bytes[end] != ASRelationshipParser.newline { end += 1 }
                var trimmed = end
                while trimmed > start, bytes[trimmed - 1] == ASRelationshipParser.carriageReturn || bytes[trimmed - 1] == 32 {
                    trimmed -= 1
                }
                if trimmed > start {
                    let text = UnsafeBufferPointer(rebasing: bytes[start..<trimmed])
                    if text[0] == ASRelationshipParser.hash {
                        self.header(text, line: line)
                    } else {
                        self.link(text, line: line)
                    }
                }
                start = end + 1
            }
        }

        mutating func header(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
            var body = String(decoding: text.dropFirst(), as: UTF8.self)
            if body.hasPrefix(" ") { body.removeFirst() }
            self.file.headerLines.append((line, body))
            for (prefix, isClique) in [("input clique:", true), ("IXP ASes:", false)] where body.hasPrefix(prefix) {
                let asns = body.dropFirst(prefix.count).split(separator: " ").compactMap { ASN(parsing: $0) }
                if isClique { self.file.inputClique = asns } else { self.file.ixpASNs = asns }
            }
        }

        mutating func link(_ text: UnsafeBufferPointer<UInt8>, line: Int) {
            var bars: (Int, Int, Int) = (-1, -1, -1)
            var found = 0
            for index in text.indices where text[index] == ASRelationshipParser.bar {
                switch found {
                case 0: bars.0 = index
                case 1: bars.1 = index
                default: bars.2 = index
                }
                found += 1
                if found == 3 { break }
            }
            guard found >= 2 else {
                return self.fail(line, "rel", "expected 'a|b|rel' or 'a|b|rel|source', found \(found + 1) field(s)")
            }
            let relEnd = found == 3 ? bars.2 : text.count
            let rel = text[(bars.1 + 1)..<relEnd]
            let kind: ASLink.Kind
            if rel.count == 2, rel.first == UInt8(ascii: "-"), rel.last == UInt8(ascii: "1") {
                kind = .providerToCustomer
            } else if rel.count == 1, rel.first == UInt8(ascii: "0") {
                kind = .peer
            } else {
                return self.fail(line, "rel", "'\(String(decoding: rel, as: UTF8.self))' is not -1 (provider-customer) or 0 (peers)")
            }
            let names = kind == .peer ? ("peer", "peer") : ("provider", "customer")
            let firstText = text[0..<bars.0]
            let secondText = text[(bars.0 + 1)..<bars.1]
            guard let first = Self.number(firstText) else { return self.fail(line, names.0, Self.notASN(firstText)) }
            guard let second = Self.number(secondText) else { return self.fail(line, names.1, Self.notASN(secondText)) }
            var tag: UInt16?
            if found == 3 { tag = self.tag(text[(bars.2 + 1)...]) }
            self.file.links.append(ASLink(ASN(first), ASN(second), kind, line: line, sourceTag: tag))
        }

        mutating func tag(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt16? {
            if let last = self.lastTag, self.file.sourceTags[Int(last)].utf8.elementsEqual(bytes) { return last }
            let text = String(decoding: bytes, as: UTF8.self)
            if let known = self.tagIndex[text] {
                self.lastTag = known
                return known
            }
            guard self.file.sourceTags.count < Int(UInt16.max) else { return nil }
            let index = UInt16(self.file.sourceTags.count)
            self.file.sourceTags.append(text)
            self.tagIndex[text] = index
            self.lastTag = index
            return index
        }

        mutating func fail(_ line: Int, _ field: String, _ message: String) {
            self.errors.append(InputError(file: self.file.name, line: line, field: field, message: message))
        }

        static func number(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> UInt32? {
            guard !bytes.isEmpty, bytes.count <= 10 else { return nil }
            var value: UInt64 = 0
            for byte in bytes {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + UInt64(byte - 48)
            }
            return value <= UInt64(UInt32.max) ? UInt32(value) : nil
        }

        static func notASN(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
            "'\(String(decoding: bytes, as: UTF8.self))' is not an AS number (0 to 4294967295)"
        }
    }
}
