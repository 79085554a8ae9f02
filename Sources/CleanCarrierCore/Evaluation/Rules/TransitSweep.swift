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
        var exampleDestinationID = Int.max
        var exampleDestination = ASN(0)
        var examplePath: [ASN] = []

        mutating func merge(_ other: Exposure) {
            self.destinations += other.destinations
            self.avoidable += other.avoidable
            self.direct += other.direct
            if other.exampleDestinationID < self.exampleDestinationID {
                self.exampleDestinationID = other.exampleDestinationID
                self.exampleDestination = other.exampleDestination
                self.examplePath = other.examplePath
            }
        }
    }

    let query: ExposureQuery
    let destinations: [Int]
    let workers: Int

    /// Runs the sweep; each worker takes every `workers`-th destination, in ascending order.
    func run() -> [Key: Exposure] {
        let merged = Mutex([Key: Exposure]())
        let workers = min(self.workers, max(1, self.destinations.count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var workspace = ExposureWorkspace(query: self.query)
            var local: [Key: Exposure] = [:]
            for position in stride(from: worker, to: self.destinations.count, by: workers) {
                let destination = self.destinations[position]
                _ = workspace.analyze(destination: destination)
                for index in workspace.exposedSourceIDs.indices {
                    let key = Key(source: Int(workspace.exposedSourceIDs[index]), carrier: Int(workspace.exposedCarrierIDs[index]))
                    var exposure = local[key] ?? Exposure()
                    exposure.destinations += 1
                    if workspace.avoidable[index] { exposure.avoidable += 1 }
                    if workspace.exposedNextHopIDs[index] == workspace.exposedCarrierIDs[index] { exposure.direct += 1 }
                    if destination < exposure.exampleDestinationID {
                        let graph = self.query.graph
                        exposure.exampleDestinationID = destination
                        exposure.exampleDestination = graph.asns[destination]
                        let tail = workspace.tree.path(from: Int(workspace.exposedNextHopIDs[index]))
                        exposure.examplePath = ([key.source] + tail).map { graph.asns[$0] }
                    }
                    local[key] = exposure
                }
            }
            merged.withLock { all in
                for (key, exposure) in local { all[key, default: Exposure()].merge(exposure) }
            }
        }
        return merged.withLock { $0 }
    }
}
