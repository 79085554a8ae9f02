import Crypto
import Foundation

/// The text of an API key, `cck_<prefix>_<secret>`: 8 hex characters to look it up by, 32 random bytes to prove it.
public struct APIKeySecret: Sendable, Hashable {
    /// The whole key, as a client sends it.
    public let text: String
    /// The look-up part.
    public let prefix: String

    /// A new random key.
    public static func generate() -> APIKeySecret {
        var generator = SystemRandomNumberGenerator()
        let prefix = (0..<4).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
        let secret = Data((0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return APIKeySecret(text: "cck_\(prefix)_\(secret)", prefix: prefix)
    }

    private init(text: String, prefix: String) {
        self.text = text
        self.prefix = prefix
    }

    /// Reads a key a client sent; `nil` when it does not have the key's shape.
    public init?(parsing text: some StringProtocol) {
        let parts = text.split(separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
        guard text.utf8.count <= 100, parts.count == 3, parts[0] == "cck", parts[1].utf8.count == 8, parts[1].allSatisfy(\.isHexDigit),
            !parts[2].isEmpty
        else { return nil }
        self.text = String(text)
        self.prefix = String(parts[1])
    }

    /// Hex SHA-256 of the whole key: the only form the store keeps.
    public var sha256: String { SHA256.hash(data: Data(self.text.utf8)).map { String(format: "%02x", $0) }.joined() }

    /// Whether `hash` is this key's hash, compared in constant time.
    public func matches(sha256 hash: String) -> Bool {
        let mine = Array(self.sha256.utf8)
        let theirs = Array(hash.utf8)
        guard mine.count == theirs.count else { return false }
        return zip(mine, theirs).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
