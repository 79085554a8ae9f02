/// Where an evaluation stands: running, finished with its findings saved, or failed.
public enum EvaluationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case running, succeeded, failed
}
