extension RoutingTree {
    /// The routes as BGPy's oracle prints them: header `asn\tas_path\trecv_relationship`, then one row per AS with a
    /// route, by ascending ASN; `as_path` is space-separated from the AS itself to the origin.
    /// - Parameter graph: the graph the tree was computed on.
    /// - Returns: the UTF-8 text, each line ending in `\n`.
    public func tsv(in graph: ASGraph) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(self.order.count * 40 + 64)
        out.append(contentsOf: "asn\tas_path\trecv_relationship\n".utf8)
        let names = RouteRelationship.allCases.map { Array($0.name.utf8) }
        for id in 0..<graph.count where self.relationship[id] != .none {
            Self.appendDecimal(graph.asns[id].rawValue, to: &out)
            out.append(9)
            var hop = id
            Self.appendDecimal(graph.asns[hop].rawValue, to: &out)
            while self.nextHop[hop] >= 0 {
                hop = Int(self.nextHop[hop])
                out.append(32)
                Self.appendDecimal(graph.asns[hop].rawValue, to: &out)
            }
            out.append(9)
            out.append(contentsOf: names[Int(self.relationship[id].rawValue)])
            out.append(10)
        }
        return out
    }

    private static func appendDecimal(_ value: UInt32, to out: inout [UInt8]) {
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for position in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[position]) }
        }
    }
}
