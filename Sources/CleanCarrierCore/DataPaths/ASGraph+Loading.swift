import Foundation

extension ASGraph {
    /// Parses a CAIDA AS-relationship file's (decompressed) content and builds its graph.
    /// - Parameters:
    ///   - data: the file's bytes.
    ///   - file: its name, for errors.
    /// - Throws: `InputErrors` for bad lines, or links BGPy could not route on.
    public init(relationships data: Data, file: String) throws(InputErrors) {
        let parsed = try ASRelationshipParser().parse(data, name: file)
        try self.init(links: parsed.links, file: file)
    }
}
