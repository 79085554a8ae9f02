public import PostgresNIO

extension PostgresRowSequence {
    /// The single value of the one row a statement must return (an `INSERT ... RETURNING id`, say).
    /// - Parameter statement: how errors name the statement.
    /// - Throws: `NoRowReturned` when it returned none: the database is not in the state this build expects.
    public func requiredRow<Value: PostgresDecodable & Sendable>(_ type: Value.Type, statement: String) async throws -> Value {
        for try await value in self.decode(Value.self) { return value }
        throw NoRowReturned(statement: statement)
    }
}
