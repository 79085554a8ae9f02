/// Maps carrier names, as libphonenumber's carrier table writes them (`China Mobile`), to registry entities.
///
/// Names are compared by their words, lowercased, without punctuation and without legal-form words (`Limited`,
/// `Inc.`, `Corporation`...): `China Mobile` matches `China Mobile Limited`. A name matches an entity's full name
/// first; failing that, its name without the parenthesised part (`China Telecom (Americas) Corporation` is also
/// `China Telecom`). A name that two entities share at the same step matches neither.
public struct CarrierNameMatcher: Sendable {
    /// Per step, normalised name to entity; `nil` where two entities share the name.
    private let steps: [[String: EntityID?]]

    /// Words that name a legal form, not a carrier.
    static let legalForms: Set<String> = [
        "the", "limited", "ltd", "inc", "incorporated", "corporation", "corp", "co", "company", "llc", "plc", "sa", "nv", "ab", "ag", "gmbh",
    ]

    /// Indexes the names of `entities`.
    public init(entities: [Entity]) {
        var full: [String: EntityID?] = [:]
        var short: [String: EntityID?] = [:]
        func add(_ key: String, _ id: EntityID, to table: inout [String: EntityID?]) {
            guard !key.isEmpty else { return }
            if let existing = table[key], existing != id { table[key] = .some(nil) } else { table[key] = id }
        }
        for entity in entities {
            add(Self.key(entity.name), entity.id, to: &full)
            add(Self.key(Self.withoutParentheses(entity.name)), entity.id, to: &short)
        }
        self.steps = [full, short]
    }

    /// The entity named `name`, or `nil` when none or more than one matches.
    public func entity(named name: String) -> EntityID? {
        let key = Self.key(name)
        for step in self.steps {
            if let match = step[key] { return match }
        }
        return nil
    }

    /// An entity id made of a carrier name that no entity matches, by lowercasing and dashing its words:
    /// `China Mobile` → `china-mobile`; `nil` for a name without letters or digits.
    public static func slug(_ name: String) -> EntityID? {
        let words = name.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? nil : EntityID(words.joined(separator: "-"))
    }

    /// The words of `name`, lowercased, without legal forms, joined by spaces.
    static func key(_ name: String) -> String {
        name.lowercased().split { !($0.isLetter || $0.isNumber) }.filter { !Self.legalForms.contains(String($0)) }.joined(separator: " ")
    }

    /// `name` with every parenthesised part removed.
    static func withoutParentheses(_ name: String) -> String {
        var depth = 0
        return String(
            name.filter { character in
                if character == "(" { depth += 1 } else if character == ")" { depth = max(0, depth - 1) } else { return depth == 0 }
                return false
            }
        )
    }
}
