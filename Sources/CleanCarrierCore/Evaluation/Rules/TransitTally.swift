/// One sweep worker's counts per (source, untrusted carrier), in flat arrays indexed by `source slot × carriers +
/// carrier slot`, so counting a crossing costs a few array writes instead of a dictionary update. Holds 16 bytes per
/// (source, carrier) pair, e.g. 11 MB for 17,000 US networks and 40 untrusted ASes.
struct TransitTally: Sendable {
    /// How many untrusted carriers a source row holds.
    let carriers: Int
    /// Per cell: destinations whose route crosses the carrier.
    private(set) var destinations: [Int32]
    /// Per cell: of those, the crossings a route around every untrusted AS could avoid.
    private(set) var avoidable: [Int32]
    /// Per cell: of those, the routes that hand traffic straight to the carrier.
    private(set) var direct: [Int32]
    /// Per cell: the smallest destination id counted, the example's destination.
    private(set) var exampleDestination: [Int32]
    /// Per cell counted at least once: the route to ``exampleDestination`` (dense ids).
    private(set) var examplePath: [Int: [Int32]] = [:]

    init(sources: Int, carriers: Int) {
        self.carriers = carriers
        self.destinations = [Int32](repeating: 0, count: sources * carriers)
        self.avoidable = self.destinations
        self.direct = self.destinations
        self.exampleDestination = [Int32](repeating: .max, count: sources * carriers)
    }

    /// The cell of a (source slot, carrier slot) pair.
    @inline(__always)
    func cell(source: Int, carrier: Int) -> Int { source * self.carriers + carrier }

    /// Counts one crossing; `path` is only called when `destination` becomes the cell's example.
    @inline(__always)
    mutating func count(cell: Int, avoidable: Bool, direct: Bool, destination: Int, path: () -> [Int32]) {
        self.destinations[cell] &+= 1
        if avoidable { self.avoidable[cell] &+= 1 }
        if direct { self.direct[cell] &+= 1 }
        if destination < self.exampleDestination[cell] {
            self.exampleDestination[cell] = Int32(destination)
            self.examplePath[cell] = path()
        }
    }

    /// Adds another worker's counts; each cell keeps the example with the smaller destination id.
    mutating func merge(_ other: TransitTally) {
        for cell in other.destinations.indices where other.destinations[cell] > 0 {
            self.destinations[cell] &+= other.destinations[cell]
            self.avoidable[cell] &+= other.avoidable[cell]
            self.direct[cell] &+= other.direct[cell]
            if other.exampleDestination[cell] < self.exampleDestination[cell] {
                self.exampleDestination[cell] = other.exampleDestination[cell]
                self.examplePath[cell] = other.examplePath[cell]
            }
        }
    }
}
