import Crypto
public import Foundation

/// The signature of a webhook body: `X-CleanCarrier-Signature: sha256=<hex HMAC-SHA256 of the body under the secret>`.
public enum WebhookSignature {
    /// The header the signature is sent in.
    public static let header = "X-CleanCarrier-Signature"

    /// The header value for `body` under `secret`: `sha256=` and the lowercase hex HMAC-SHA256.
    public static func value(body: some DataProtocol, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `header` is the signature of `body` under `secret` (compared in constant time).
    public static func isValid(_ header: String, body: some DataProtocol, secret: String) -> Bool {
        guard header.hasPrefix("sha256="), let mac = Self.bytes(hex: header.dropFirst("sha256=".count)) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: body, using: SymmetricKey(data: Data(secret.utf8)))
    }

    private static func bytes(hex: Substring) -> Data? {
        guard hex.count % 2 == 0 else { return nil }
        var data = Data(capacity: hex.count / 2)
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            guard let byte = UInt8(hex[index..<next], radix: 16) else { return nil }
            data.append(byte)
            index = next
        }
        return data
    }
}
