/// Where a webhook delivery stands: waiting for an attempt that succeeds, delivered, or given up after its last attempt.
public enum DeliveryStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case pending, delivered, failed
}
