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

/// One or more input errors from a single file: the first `InputErrors.kept` of them with their file, line and field,
/// and how many there are in all.
public struct InputErrors: Error, Sendable, CustomStringConvertible {
    /// How many errors a reader keeps; past it, errors are only counted in `total`.
    public static let kept = 100

    /// The errors, in file order.
    public var errors: [InputError]
    /// How many errors the file has in all, when a reader counted more than it kept.
    public var total: Int

    public init(_ errors: [InputError], total: Int? = nil) {
        self.errors = errors
        self.total = max(total ?? errors.count, errors.count)
    }

    /// Whether no error has been recorded.
    public var isEmpty: Bool { self.total == 0 }

    /// Counts `error`, and keeps it while fewer than `InputErrors.kept` are kept.
    public mutating func record(_ error: InputError) {
        self.total += 1
        if self.errors.count < Self.kept { self.errors.append(error) }
    }

    public var description: String { self.errors.map(\.description).joined(separator: "\n") }
}
