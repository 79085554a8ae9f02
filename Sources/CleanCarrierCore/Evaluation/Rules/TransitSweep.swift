import Foundation
import Synchronization

/// Sweeps destinations in parallel and gathers, per (source, untrusted carrier), the destinations whose route crosses
/// the carrier, how many crossings are avoidable, and the route to the first such destination.
struct TransitSweep: Sendable {
    struct Key: Hashable, Sendable {
        var source: Int
        var carrier: Int
    }

    struct Exposure: Sendable {
        var destinations = 0
        var avoidable = 0
        /// Destinations whose route hands traffic straight to the carrier (the carrier is the next hop).
        var direct = 0
        var exampleDestination = ASN(0)
        var examplePath: [ASN] = []
    }

    let query: ExposureQuery
    let destinations: [Int]
    let workers: Int

    /// One propagation's worth of work: a destination (or the provider of some), and the single-homed stubs whose
    /// routes derive from it.
    private struct Unit {
        var id: Int
        var isDestination: Bool
        var stubs: [Int]
    }

    /// Runs the sweep; each worker takes every `workers`-th unit. A single-homed stub destination costs no propagation
    /// of its own: it is derived from its provider's (see ``ExposureWorkspace/forEachExposure(ofStub:_:)``).
    func run() -> [Key: Exposure] {
        let graph = self.query.graph
        let sources = self.query.sourceIDs
        let carriers = self.query.untrustedIDs
        let sourceSlot = Self.slots(of: sources, count: graph.count)
        let carrierSlot = Self.slots(of: carriers, count: graph.count)
        let units = self.units()
        let merged = Mutex(TransitTally(sources: 0, carriers: carriers.count))
        let workers = min(self.workers, max(1, units.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var workspace = ExposureWorkspace(query: self.query)
            var tally = TransitTally(sources: sources.count, carriers: carriers.count)
            func count(_ destination: Int, _ source: Int32, _ carrier: Int32, _ nextHop: Int32, _ avoidable: Bool, stub: Bool) {
                tally.count(
                    cell: tally.cell(source: Int(sourceSlot[Int(source)]), carrier: Int(carrierSlot[Int(carrier)])),
                    avoidable: avoidable,
                    direct: nextHop == carrier,
                    destination: destination
                ) { [source] + workspace.tree.path(from: Int(nextHop)).map(Int32.init) + (stub ? [Int32(destination)] : []) }
            }
            for position in stride(from: worker, to: units.count, by: workers) {
                let unit = units[position]
                _ = workspace.analyze(destination: unit.id)
                if unit.isDestination {
                    for index in workspace.exposedSourceIDs.indices {
                        count(
                            unit.id,
                            workspace.exposedSourceIDs[index],
                            workspace.exposedCarrierIDs[index],
                            workspace.exposedNextHopIDs[index],
                            workspace.avoidable[index],
                            stub: false
                        )
                    }
                }
                for stub in unit.stubs {
                    workspace.forEachExposure(ofStub: stub) { count(stub, $0, $1, $2, $3, stub: true) }
                }
            }
            merged.withLock { all in
                if all.destinations.isEmpty { all = tally } else { all.merge(tally) }
            }
        }
        let tally = merged.withLock { $0 }
        var exposures: [Key: Exposure] = [:]
        for (cell, path) in tally.examplePath {
            let key = Key(source: Int(sources[cell / carriers.count]), carrier: Int(carriers[cell % carriers.count]))
            exposures[key] = Exposure(
                destinations: Int(tally.destinations[cell]),
                avoidable: Int(tally.avoidable[cell]),
                direct: Int(tally.direct[cell]),
                exampleDestination: graph.asns[Int(tally.exampleDestination[cell])],
                examplePath: path.map { graph.asns[Int($0)] }
            )
        }
        return exposures
    }

    /// The destinations grouped into units: single-homed stubs under their provider (itself a unit, counted or not),
    /// every other destination on its own.
    private func units() -> [Unit] {
        let graph = self.query.graph
        var byID: [Int: Unit] = [:]
        for destination in self.destinations {
            if let provider = graph.soleProvider(of: destination) {
                byID[provider, default: Unit(id: provider, isDestination: false, stubs: [])].stubs.append(destination)
            } else {
                byID[destination, default: Unit(id: destination, isDestination: true, stubs: [])].isDestination = true
            }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// Per dense id, the position of that id in `ids`, or -1.
    private static func slots(of ids: [Int32], count: Int) -> [Int32] {
        var slots = [Int32](repeating: -1, count: count)
        for (slot, id) in ids.enumerated() { slots[Int(id)] = Int32(slot) }
        return slots
    }
}
