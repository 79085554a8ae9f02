import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which webhook URLs may be called: http(s) to a host whose every address is public. Loopback, private, shared
/// (CGNAT), link-local (cloud metadata at 169.254.169.254 included), multicast and reserved addresses, and the
/// metadata host names, are refused unless `allowPrivateTargets` (`webhooks.allowPrivateTargets`, env
/// `WEBHOOKS_ALLOW_PRIVATE_TARGETS=true`) says otherwise. Refusals never repeat the URL, which may hold a secret.
public struct WebhookTargetPolicy: Sendable {
    /// Why a target is refused.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case notHTTP
        case unresolvable
        case nonPublicAddress(String)

        public var description: String {
            switch self {
            case .notHTTP: "the webhook URL is not an http(s) URL with a host"
            case .unresolvable: "the webhook host does not resolve"
            case .nonPublicAddress(let kind):
                "the webhook host resolves to a \(kind) address, which is refused (set WEBHOOKS_ALLOW_PRIVATE_TARGETS=true to allow it)"
            }
        }
    }

    public var allowPrivateTargets: Bool

    public init(allowPrivateTargets: Bool) { self.allowPrivateTargets = allowPrivateTargets }

    /// The policy `WEBHOOKS_ALLOW_PRIVATE_TARGETS` configures (refusing private targets unless it is `true` or `1`).
    public static func fromEnvironment() -> WebhookTargetPolicy {
        let value = ProcessInfo.processInfo.environment["WEBHOOKS_ALLOW_PRIVATE_TARGETS"]?.lowercased()
        return WebhookTargetPolicy(allowPrivateTargets: value == "true" || value == "1")
    }

    static let metadataHosts: Set<String> = ["metadata", "metadata.google.internal", "metadata.azure.internal", "instance-data"]

    /// Checks `url`: its scheme, and every address its host resolves to.
    /// - Throws: `Refusal`.
    public func check(_ url: String) throws(Refusal) {
        guard let parsed = URL(string: url), let scheme = parsed.scheme?.lowercased(), ["http", "https"].contains(scheme),
            var host = parsed.host, !host.isEmpty
        else { throw .notHTTP }
        if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        guard !self.allowPrivateTargets else { return }
        if Self.metadataHosts.contains(host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))) {
            throw .nonPublicAddress("cloud metadata")
        }
        let addresses = Self.resolve(host)
        guard !addresses.isEmpty else { throw .unresolvable }
        for address in addresses {
            if let kind = NonPublicAddress.kind(of: address) { throw .nonPublicAddress(kind) }
        }
    }

    /// The IPv4 (4 bytes) and IPv6 (16 bytes) addresses `host` resolves to.
    static func resolve(_ host: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [[UInt8]] = []
        var entry: UnsafeMutablePointer<addrinfo>? = first
        while let current = entry {
            if let address = current.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { pointer in
                        var value = pointer.pointee.sin_addr
                        addresses.append(withUnsafeBytes(of: &value) { Array($0) })
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { pointer in
                        var value = pointer.pointee.sin6_addr
                        addresses.append(withUnsafeBytes(of: &value) { Array($0) })
                    }
                default: break
                }
            }
            entry = current.pointee.ai_next
        }
        return addresses
    }
}
