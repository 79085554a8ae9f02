/// A problem in an input file, pinned to where it is: file, line and field.
///
/// Every importer reports bad input with this type so the CLI, the API (problem+json) and the
/// tests can name the exact place a user has to fix.
public struct InputError: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    /// The file (or upload) name.
    public var file: String
    /// The 1-based line number, or `nil` for a problem with the whole file.
    public var line: Int?
    /// The column or key at fault, when one is.
    public var field: String?
    /// What is wrong, in words a user can act on.
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`.
    public var description: String {
        var place = self.file
        if let line { place += ":\(line)" }
        if let field { place += ": \(field)" }
        return "\(place): \(self.message)"
    }
}

/// One or more input errors from a single file; an importer collects up to a limit before giving up.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    /// The errors, in file order.
    public var errors: [InputError]
    /// How many errors the file has in all, when a reader counted more than it kept.
    public var total: Int

    public init(_ errors: [InputError], total: Int? = nil) {
        self.errors = errors
        self.total = max(total ?? errors.count, errors.count)
    }

    public var description: String { self.errors.map(\.description).joined(separator: "\n") }
}
