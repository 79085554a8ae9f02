import Crypto
public import Foundation

/// How a webhook request is signed, Stripe- and GitHub-style, so a receiver can tell it is ours and not a replay:
///
/// - `X-CleanCarrier-Timestamp`: the Unix time of sending, in seconds;
/// - `X-CleanCarrier-Delivery`: the delivery id, the same on every retry;
/// - `X-CleanCarrier-Signature: v1=<hex>`: the lowercase hex HMAC-SHA256, under the webhook's secret, of
///   `<timestamp>.<delivery id>.<exact body bytes>`.
///
/// A receiver recomputes the HMAC, compares in constant time, refuses a timestamp more than `replayWindow` from its
/// clock, and drops a delivery id it has seen (docs/OPERATIONS.md).
public enum WebhookSignature {
    /// The header the signature is sent in.
    public static let header = "X-CleanCarrier-Signature"
    /// The header the sending time is sent in.
    public static let timestampHeader = "X-CleanCarrier-Timestamp"
    /// The header the delivery id is sent in.
    public static let deliveryHeader = "X-CleanCarrier-Delivery"
    /// How far a timestamp may be from the receiver's clock: 5 minutes.
    public static let replayWindow: TimeInterval = 300

    /// The header value for `body` sent at `timestamp` as delivery `deliveryID`, under `secret`: `v1=` and the hex HMAC.
    public static func value(timestamp: Int64, deliveryID: String, body: some DataProtocol, secret: String) -> String {
        "v1=" + Self.mac(timestamp: String(timestamp), deliveryID: deliveryID, body: body, secret: secret).map { String(format: "%02x", $0) }.joined()
    }

    /// Whether `header` signs `body` with `timestamp` and `deliveryID` under `secret` (compared in constant time), and
    /// `timestamp` is within `replayWindow` of `now`.
    public static func isValid(
        _ header: String,
        timestamp: String,
        deliveryID: String,
        body: some DataProtocol,
        secret: String,
        now: Date = Date()
    ) -> Bool {
        guard let seconds = Int64(timestamp), abs(now.timeIntervalSince1970 - Double(seconds)) <= Self.replayWindow else { return false }
        guard header.hasPrefix("v1="), let mac = Self.bytes(hex: header.dropFirst("v1=".count)) else { return false }
        var message = Data("\(timestamp).\(deliveryID).".utf8)
        message.append(contentsOf: body)
        return HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message, using: SymmetricKey(data: Data(secret.utf8)))
    }

    private static func mac(timestamp: String, deliveryID: String, body: some DataProtocol, secret: String) -> HashedAuthenticationCode<SHA256> {
        var message = Data("\(timestamp).\(deliveryID).".utf8)
        message.append(contentsOf: body)
        return HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Data(secret.utf8)))
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
