/// Where a record came from: its dataset, file and line. Every piece of evidence carries one.
public struct RecordOrigin: Hashable, Sendable, Codable {
    /// The dataset id in the store (0 for records not loaded from the store).
    public var dataset: Int64
    /// The file or upload name.
    public var file: String
    /// The 1-based line, when the record is one line.
    public var line: Int?
    /// The record's place in a structured file, when it is not one line, e.g. `netixlan[0] id 1310` in a PeeringDB file.
    public var object: String?

    public init(dataset: Int64, file: String, line: Int?, object: String? = nil) {
        self.dataset = dataset
        self.file = file
        self.line = line
        self.object = object
    }
}
