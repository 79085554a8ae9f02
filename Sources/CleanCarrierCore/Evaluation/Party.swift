/// A network or entity as a finding names it: reference, name, country, and whether it is untrusted.
public struct Party: Hashable, Sendable, Codable, Comparable {
    /// `AS4134` or an entity id.
    public var ref: String
    public var name: String?
    public var country: String?
    public var untrusted: Bool

    public init(ref: String, name: String?, country: String?, untrusted: Bool) {
        self.ref = ref
        self.name = name
        self.country = country
        self.untrusted = untrusted
    }

    /// `AS4134 (China Telecom Corporation Limited, CN)`.
    public var label: String {
        let details = [self.name, self.country].compactMap { $0 }
        return details.isEmpty ? self.ref : "\(self.ref) (\(details.joined(separator: ", ")))"
    }

    public static func < (lhs: Party, rhs: Party) -> Bool { lhs.ref < rhs.ref }
}
