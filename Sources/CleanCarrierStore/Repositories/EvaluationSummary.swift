public import CleanCarrierCore
public import Foundation

/// An evaluation's row, without its findings.
public struct EvaluationSummary: Sendable, Hashable {
    public var id: Int64
    public var asOf: Day
    public var registryVersion: Int64?
    public var datasetIDs: [Int64]
    public var trigger: String
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: EvaluationStatus
    /// The number of findings the reader may see.
    public var findingCount: Int

    public init(
        id: Int64,
        asOf: Day,
        registryVersion: Int64?,
        datasetIDs: [Int64],
        trigger: String,
        startedAt: Date,
        finishedAt: Date?,
        status: EvaluationStatus,
        findingCount: Int
    ) {
        self.id = id
        self.asOf = asOf
        self.registryVersion = registryVersion
        self.datasetIDs = datasetIDs
        self.trigger = trigger
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.findingCount = findingCount
    }
}
