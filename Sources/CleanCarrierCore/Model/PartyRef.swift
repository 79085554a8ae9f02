import Foundation

/// A party to an interconnect: a registry entity (`china-telecom-americas`) or a network by its ASN (`AS4134`).
public enum PartyRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    case entity(EntityID)
    case network(ASN)

    /// Parses `AS4134` (a network) or an entity id; `nil` with a reason when neither.
    public static func parse(_ text: some StringProtocol) -> Result<PartyRef, PartyRefError> {
        let trimmed = String(text).trimmingCharacters(in: .whitespaces)
        if trimmed.count > 2, trimmed.prefix(2).uppercased() == "AS", trimmed.dropFirst(2).first?.isNumber == true {
            guard let asn = ASN(parsing: trimmed) else { return .failure(.badASN(trimmed)) }
            return .success(.network(asn))
        }
        let id = EntityID(trimmed)
        guard id.isWellFormed else { return .failure(.badEntity(trimmed)) }
        return .success(.entity(id))
    }

    /// `AS4134` or the entity id.
    public var description: String {
        switch self {
        case .entity(let id): id.rawValue
        case .network(let asn): asn.description
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        switch PartyRef.parse(text) {
        case .success(let party): self = party
        case .failure(let error):
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(self.description)
    }

    public static func < (lhs: PartyRef, rhs: PartyRef) -> Bool { lhs.description < rhs.description }
}

/// Why a text is not a party.
public enum PartyRefError: Error, Hashable, Sendable, CustomStringConvertible {
    case badASN(String)
    case badEntity(String)

    public var description: String {
        switch self {
        case .badASN(let text): "'\(text)' is not a valid AS number (expected AS followed by 1 to 10 digits, at most 4294967295)"
        case .badEntity(let text): "'\(text)' is neither an ASN (AS...) nor an entity id (lowercase letters, digits and dashes)"
        }
    }
}
