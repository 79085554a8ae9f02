public import CleanCarrierCore

/// A trace asked for something the data cannot answer.
public enum TraceRequestError: Error, Sendable, CustomStringConvertible {
    /// The originating carrier is not an entity of the active registry.
    case unknownOrigin(EntityID)

    public var description: String {
        switch self {
        case .unknownOrigin(let id): "unknown entity '\(id)': not in the active registry"
        }
    }
}
