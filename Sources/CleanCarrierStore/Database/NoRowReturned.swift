/// A statement that always returns a row returned none: the database is not in the state this build expects.
public struct NoRowReturned: Error, Sendable, CustomStringConvertible {
    public var statement: String

    public init(statement: String) { self.statement = statement }

    public var description: String { "\(self.statement) returned no row" }
}
