/// The content of a CAIDA AS-relationship file (serial-1 or serial-2): its links and its header metadata.
public struct ASRelationshipFile: Sendable {
    /// The file name, used in errors and evidence.
    public var name: String
    /// Every link, in file order, each with its line number.
    public var links: [ASLink]
    /// Every `#` line, verbatim without the leading `#` and one space, with its 1-based line number.
    public var headerLines: [(line: Int, text: String)]
    /// The ASes of the `# input clique:` header, if any.
    public var inputClique: [ASN]
    /// The ASes of the `# IXP ASes:` header, if any.
    public var ixpASNs: [ASN]
    /// The distinct serial-2 source values (`bgp`, `mlp`, ...), indexed by ``ASLink/sourceTag``.
    public var sourceTags: [String]

    /// Creates the content of a file.
    /// - Parameters:
    ///   - name: the file name.
    ///   - links: the links in file order.
    ///   - headerLines: the `#` lines with their line numbers.
    ///   - inputClique: the input clique ASes.
    ///   - ixpASNs: the IXP route-server ASes.
    ///   - sourceTags: the serial-2 source values.
    public init(
        name: String,
        links: [ASLink],
        headerLines: [(line: Int, text: String)] = [],
        inputClique: [ASN] = [],
        ixpASNs: [ASN] = [],
        sourceTags: [String] = []
    ) {
        self.name = name
        self.links = links
        self.headerLines = headerLines
        self.inputClique = inputClique
        self.ixpASNs = ixpASNs
        self.sourceTags = sourceTags
    }

    /// The serial-2 source of a link, if it has one.
    /// - Parameter link: a link of this file.
    /// - Returns: the source value, such as `bgp`.
    public func source(of link: ASLink) -> String? {
        guard let tag = link.sourceTag, Int(tag) < self.sourceTags.count else { return nil }
        return self.sourceTags[Int(tag)]
    }
}
