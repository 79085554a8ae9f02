/// Collects one relationship's directed entries, then lays them out in CSR form with sorted slices.
struct AdjacencyBuilder {
    private var sources: [Int32] = []
    private var entries: [UInt64] = []
    private let count: Int

    init(count: Int) { self.count = count }

    mutating func add(from source: Int32, to target: Int32, link: Int) {
        self.sources.append(source)
        self.entries.append(UInt64(UInt32(target)) << 32 | UInt64(UInt32(link)))
    }

    func build() -> ASGraph.Adjacency {
        var start = [Int32](repeating: 0, count: self.count + 1)
        for source in self.sources { start[Int(source) + 1] += 1 }
        for id in 0..<self.count { start[id + 1] += start[id] }
        var fill = start
        var packed = [UInt64](repeating: 0, count: self.entries.count)
        for (source, entry) in zip(self.sources, self.entries) {
            packed[Int(fill[Int(source)])] = entry
            fill[Int(source)] += 1
        }
        for id in 0..<self.count { packed[Int(start[id])..<Int(start[id + 1])].sort() }
        return ASGraph.Adjacency(
            start: start,
            neighbours: packed.map { Int32(truncatingIfNeeded: $0 >> 32) },
            linkIndex: packed.map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
        )
    }
}
