/// A stored finding names a rule or severity this build does not know: the database was written by a newer build.
public struct UnknownFindingValue: Error, Sendable, CustomStringConvertible {
    public var fingerprint: String
    public var rule: String
    public var severity: String

    public var description: String { "finding \(self.fingerprint) has rule '\(self.rule)' and severity '\(self.severity)', not both known here" }
}
