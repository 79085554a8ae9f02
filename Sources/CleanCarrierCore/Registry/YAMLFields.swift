import Foundation
import Yams

/// Reads typed fields out of one YAML mapping, recording an `InputError` (with line and key) for each bad one.
struct YAMLFields {
    let node: Node
    let file: String
    let section: String
    var errors: [InputError] = []

    /// The line the mapping starts on.
    var line: Int? { self.node.mark?.line }

    private mutating func fail(_ key: String, _ message: String, at node: Node? = nil) {
        self.errors.append(
            InputError(file: self.file, line: (node ?? self.node).mark?.line, field: "\(self.section).\(key)", message: message)
        )
    }

    /// Records an error for each key of the mapping that is not in `allowed` (a typo, or a comma in an unquoted value).
    mutating func rejectUnknownKeys(_ allowed: Set<String>) {
        for (key, _) in self.node.mapping ?? [:] {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let hint = "unknown field (allowed: \(allowed.sorted().joined(separator: ", "))); quote values that contain commas"
            self.errors.append(InputError(file: self.file, line: key.mark?.line, field: "\(self.section).\(name)", message: hint))
        }
    }

    mutating func string(_ key: String) -> String? {
        guard let value = self.node[key] else {
            self.fail(key, "is missing")
            return nil
        }
        guard let text = value.string, !text.isEmpty else {
            self.fail(key, "must be a non-empty text", at: value)
            return nil
        }
        return text
    }

    mutating func optionalString(_ key: String) -> String? {
        guard let value = self.node[key], value != Node("~"), value.scalar?.string != "" else { return nil }
        return self.string(key)
    }

    /// A list of non-empty texts; empty when the key is absent.
    mutating func strings(_ key: String) -> [String] {
        guard let value = self.node[key] else { return [] }
        guard let items = value.sequence else {
            self.fail(key, "must be a list of texts", at: value)
            return []
        }
        var texts: [String] = []
        for item in items {
            guard let text = item.string?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
                self.fail(key, "each entry must be a non-empty text", at: item)
                continue
            }
            texts.append(text)
        }
        return texts
    }

    mutating func day(_ key: String) -> Day? {
        guard let text = self.string(key) else { return nil }
        guard let day = Day(iso: text) else {
            self.fail(key, "'\(text)' is not a date (YYYY-MM-DD)", at: self.node[key])
            return nil
        }
        return day
    }

    mutating func optionalDay(_ key: String) -> Day? {
        guard self.optionalString(key) != nil else { return nil }
        return self.day(key)
    }

    mutating func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = self.node[key] else { return fallback }
        guard let flag = value.bool else {
            self.fail(key, "must be true or false", at: value)
            return fallback
        }
        return flag
    }

    mutating func percent(_ key: String) -> Double? {
        guard let value = self.node[key] else { return nil }
        guard let number = value.float, (0...100).contains(number) else {
            self.fail(key, "must be a number from 0 to 100 (percent)", at: value)
            return nil
        }
        return number
    }

    mutating func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) -> T? where T.RawValue == String {
        guard let text = self.string(key) else { return nil }
        guard let value = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            self.fail(key, "'\(text)' is not one of: \(allowed)", at: self.node[key])
            return nil
        }
        return value
    }

    mutating func entityID(_ key: String) -> EntityID? {
        guard let text = self.string(key) else { return nil }
        let id = EntityID(text)
        guard id.isWellFormed else {
            self.fail(key, "'\(text)' is not an entity id (lowercase letters, digits and dashes)", at: self.node[key])
            return nil
        }
        return id
    }

    mutating func validity() -> Validity {
        Validity(from: self.optionalDay("valid_from"), to: self.optionalDay("valid_to"))
    }
}
