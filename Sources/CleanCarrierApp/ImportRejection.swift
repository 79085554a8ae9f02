/// Files an import rejected: their errors have been reported (`ImportProgress.imported`), and nothing of them was loaded.
public struct ImportRejection: Error, Sendable, Equatable, CustomStringConvertible {
    /// The rejected files, in the order they were given.
    public var files: [String]

    public init(files: [String]) { self.files = files }

    public var description: String { "rejected, nothing loaded: \(self.files.joined(separator: ", "))" }
}
