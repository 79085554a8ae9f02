public import CleanCarrierCore

/// A registry file checked without the store: what `cleancarrier registry check` prints.
public struct RegistryFileCheck: Sendable {
    /// Every problem, errors and warnings, in file order.
    public let problems: [RegistryValidator.Problem]
    /// One line naming the file, what it holds, and how many errors and warnings it has.
    public let summary: String

    /// Whether some problem makes the registry unusable.
    public var hasErrors: Bool { self.problems.contains { $0.level == .error } }

    /// Reads and validates the registry YAML file at `path`.
    /// - Throws: `InputErrors` when it cannot be read or parsed.
    public init(file path: String) async throws {
        let result = try await InputFile.registry(at: path)
        let registry = result.registry
        self.problems = RegistryValidator.problems(in: registry, lines: result.lines, file: path)
        let (errors, warnings) = (self.problems.count { $0.level == .error }, self.problems.count { $0.level == .warning })
        self.summary =
            "\(path): \(registry.entities.count) entities, \(registry.links.count) links, \(registry.identifiers.count) identifiers, "
            + "\(registry.designations.count) designations; \(errors) errors, \(warnings) warnings"
    }
}
