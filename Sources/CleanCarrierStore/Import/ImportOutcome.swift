public import CleanCarrierCore

/// What importing one file did.
public struct ImportOutcome: Sendable {
    /// What became of the upload.
    public enum Status: String, Sendable, Codable {
        /// Loaded and now the active dataset of its kind.
        case imported
        /// Identical bytes were imported before: nothing changed.
        case unchanged
        /// Bad input: nothing was loaded but the dataset row and its errors.
        case rejected
    }

    public var datasetID: Int64
    public var status: Status
    public var rows: Int
    /// The input errors, when rejected: the first `InputErrors.kept` of them.
    public var errors: [InputError]
    /// How many input errors the file had in all (`errors` keeps only the first ones).
    public var errorCount = 0
    /// Seconds spent, parse and load together.
    public var seconds: Double
}
