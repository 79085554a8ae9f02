extension ASGraph {
    /// Reads a CAIDA AS-relationship file (plain, .gz or .bz2) and builds its graph.
    /// - Parameter path: the file path.
    /// - Throws: `InputErrors` for an unreadable file, bad lines, or links BGPy could not route on.
    public init(contentsOf path: String) throws(InputErrors) {
        let file = try ASRelationshipParser().parse(contentsOf: path)
        try self.init(links: file.links, file: path)
    }
}
