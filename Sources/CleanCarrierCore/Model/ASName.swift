import Foundation

/// The name an AS is published under in the potaroo AS-names list (`ASN<TAB>NAME, CC`), e.g.
/// `ASN-QUADRANET-GLOBAL - QuadraNet, Inc` in `US`.
public struct ASName: Hashable, Sendable, Codable {
    public var asn: ASN
    /// The whole name as the list writes it: usually the RIR handle, then ` - ` and the organisation; may be empty.
    public var name: String
    /// ISO 3166-1 alpha-2 country the list gives, or `nil` when it gives none (`na`).
    public var country: String?
    /// The 1-based line in the list.
    public var line: Int

    public init(asn: ASN, name: String, country: String?, line: Int) {
        self.asn = asn
        self.name = name
        self.country = country
        self.line = line
    }

    /// The organisation, for reports: the part after the handle (`QuadraNet, Inc`), the whole name when there is no
    /// handle, or `nil` when the name is empty.
    public var organisation: String? {
        guard !self.name.isEmpty else { return nil }
        guard let separator = self.name.range(of: " - ") else { return self.name }
        let rest = self.name[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? self.name : rest
    }
}
