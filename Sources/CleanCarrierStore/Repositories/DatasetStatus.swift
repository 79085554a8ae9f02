/// Where a dataset stands: being loaded, the active one of its kind (and tenant and scope), replaced by a newer one, or
/// refused for its errors.
public enum DatasetStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case staged, active, superseded, rejected
}
