/// Reads the fields of one PeeringDB object, collecting an error naming the file, object and field for each bad one.
struct PeeringDBFields {
    let fields: [String: JSONValue]
    /// `netixlan[2]`: the object's type and index in the file.
    let path: String
    let file: String
    private(set) var errors: [InputError] = []

    init(_ fields: [String: JSONValue], path: String, file: String) {
        self.fields = fields
        self.path = path
        self.file = file
    }

    mutating func fail(_ key: String, _ message: String) {
        self.errors.append(InputError(file: self.file, field: self.path.isEmpty ? key : "\(self.path).\(key)", message: message))
    }

    /// A whole number; `nil` (with an error when `required`) when absent or null.
    mutating func integer(_ key: String, required: Bool = true) -> Int64? {
        switch self.fields[key] {
        case .integer(let value): return value
        case .none, .null:
            if required { self.fail(key, "missing: expected a whole number") }
            return nil
        case .some(let other):
            self.fail(key, "expected a whole number, found \(other.kind)")
            return nil
        }
    }

    /// A string, trimmed; `nil` when absent, null or empty (with an error when `required`).
    mutating func string(_ key: String, required: Bool = false) -> String? {
        switch self.fields[key] {
        case .string(let value):
            let trimmed = String(Substring(value).trimmingWhitespace)
            if trimmed.isEmpty, required { self.fail(key, "is empty") }
            return trimmed.isEmpty ? nil : trimmed
        case .none, .null:
            if required { self.fail(key, "missing: expected a string") }
            return nil
        case .some(let other):
            self.fail(key, "expected a string, found \(other.kind)")
            return nil
        }
    }

    /// A boolean, or `nil` when absent or null.
    mutating func bool(_ key: String) -> Bool? {
        switch self.fields[key] {
        case .bool(let value): return value
        case .none, .null: return nil
        case .some(let other):
            self.fail(key, "expected true or false, found \(other.kind)")
            return nil
        }
    }

    /// An AS number (1 to 4294967295).
    mutating func asn(_ key: String, required: Bool = true) -> ASN? {
        guard let value = self.integer(key, required: required) else { return nil }
        guard value > 0, value <= Int64(UInt32.max) else {
            self.fail(key, "\(value) is not an AS number (1 to 4294967295)")
            return nil
        }
        return ASN(UInt32(value))
    }

    /// An ISO 3166-1 alpha-2 country code, upper-cased; `nil` when absent or empty.
    mutating func country(_ key: String) -> String? {
        guard let text = self.string(key) else { return nil }
        guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            self.fail(key, "'\(text)' is not a two-letter country code")
            return nil
        }
        return text.uppercased()
    }
}
