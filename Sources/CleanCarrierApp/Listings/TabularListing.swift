/// A record the command line lists one per line, its cells tab-separated under a header of its columns.
public protocol TabularListing {
    /// The header's cells.
    static var columns: [String] { get }
    /// This record's cells, in the order of `columns`.
    var cells: [String] { get }
}

extension Sequence where Element: TabularListing {
    /// The header and one line per record, each ending in a newline.
    public var tsv: String {
        ([Element.columns] + self.map(\.cells)).map { $0.joined(separator: "\t") + "\n" }.joined()
    }
}
