import Foundation
import Synchronization

/// Runs exposure for many destinations in parallel: one task per core, each with its own ``ExposureWorkspace``,
/// taking destinations in small batches from a shared counter.
public struct ExposureSweep: Sendable {
    /// The shared query.
    public let query: ExposureQuery
    /// The number of parallel workers.
    public var workers: Int
    /// Destinations a worker takes at a time.
    public var batchSize: Int

    /// Creates a sweep.
    /// - Parameters:
    ///   - query: the shared query.
    ///   - workers: parallel workers; defaults to the active processor count.
    ///   - batchSize: destinations per batch.
    public init(query: ExposureQuery, workers: Int = ProcessInfo.processInfo.activeProcessorCount, batchSize: Int = 64) {
        self.query = query
        self.workers = max(1, workers)
        self.batchSize = max(1, batchSize)
    }

    /// Analyses destinations.
    /// - Parameters:
    ///   - destinations: dense ids of the destinations.
    ///   - progress: called with (done, total) each time another percent is done, from any worker.
    /// - Returns: one result per destination, in the order given.
    public func run(destinations: [Int], progress: @escaping @Sendable (Int, Int) -> Void = { _, _ in }) async -> [DestinationExposure] {
        let claimed = Counter()
        let finished = Counter()
        let total = destinations.count
        let parts = await withTaskGroup(of: [(Int, DestinationExposure)].self) { group in
            for _ in 0..<min(self.workers, max(total, 1)) {
                group.addTask {
                    var workspace = ExposureWorkspace(query: self.query)
                    var results = [(Int, DestinationExposure)]()
                    while true {
                        let first = claimed.add(self.batchSize)
                        if first >= total { break }
                        let last = min(first + self.batchSize, total)
                        for position in first..<last {
                            results.append((position, workspace.analyze(destination: destinations[position])))
                        }
                        let before = finished.add(last - first)
                        let after = before + last - first
                        if after * 100 / total != before * 100 / total { progress(after, total) }
                    }
                    return results
                }
            }
            var parts = [[(Int, DestinationExposure)]]()
            for await part in group { parts.append(part) }
            return parts
        }
        var ordered = [DestinationExposure?](repeating: nil, count: total)
        for part in parts {
            for (position, result) in part { ordered[position] = result }
        }
        return ordered.compactMap { $0 }
    }

    /// A shared atomic counter.
    private final class Counter: Sendable {
        private let value = Atomic<Int>(0)

        /// Adds and returns the value before the addition.
        func add(_ amount: Int) -> Int {
            self.value.add(amount, ordering: .relaxed).oldValue
        }
    }
}
