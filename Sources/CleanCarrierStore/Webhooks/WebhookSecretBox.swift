import Crypto
import Foundation

/// Seals webhook secrets for storage: AES-GCM under a 256-bit key from configuration (`webhooks.secretKey`, env
/// `WEBHOOKS_SECRET_KEY`, base64), stored as `sealed:v1:<base64 nonce, ciphertext and tag>`. A database dump alone
/// does not reveal the secrets receivers check signatures with.
public struct WebhookSecretBox: Sendable {
    /// A secret that cannot be sealed or opened.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// No key is configured, or it is not 32 bytes of base64.
        case noKey
        /// The stored secret does not open under the configured key.
        case cannotOpen

        public var description: String {
            switch self {
            case .noKey: "webhook secrets are stored sealed: set WEBHOOKS_SECRET_KEY to 32 random bytes in base64 (openssl rand -base64 32)"
            case .cannotOpen: "a stored webhook secret does not open under the configured key (WEBHOOKS_SECRET_KEY changed?)"
            }
        }
    }

    static let prefix = "sealed:v1:"

    /// The key's bytes (`SymmetricKey` is not `Sendable`).
    private let keyBytes: Data

    private var key: SymmetricKey { SymmetricKey(data: self.keyBytes) }

    /// A box under `base64`, which must decode to 32 bytes.
    public init?(base64: String) {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32 else { return nil }
        self.keyBytes = data
    }

    /// The box under the key in `WEBHOOKS_SECRET_KEY`, or `nil` when it is not set or unusable.
    public static func fromEnvironment() -> WebhookSecretBox? {
        ProcessInfo.processInfo.environment["WEBHOOKS_SECRET_KEY"].flatMap { WebhookSecretBox(base64: $0) }
    }

    /// The stored form of `secret`.
    public func seal(_ secret: String) throws -> String {
        guard let combined = try AES.GCM.seal(Data(secret.utf8), using: self.key).combined else { throw Failure.cannotOpen }
        return Self.prefix + combined.base64EncodedString()
    }

    /// The secret `stored` holds: opened when sealed; a row from before sealing holds the secret itself.
    public func open(_ stored: String) throws -> String {
        guard stored.hasPrefix(Self.prefix) else { return stored }
        guard let data = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))),
            let box = try? AES.GCM.SealedBox(combined: data), let plain = try? AES.GCM.open(box, using: self.key)
        else { throw Failure.cannotOpen }
        return String(decoding: plain, as: UTF8.self)
    }
}
