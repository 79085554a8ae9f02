/// The line each record of a registry came from, so checks can point a user at it.
public struct RegistrySourceLines: Sendable, Hashable {
    public var entities: [Int?] = []
    public var links: [Int?] = []
    public var identifiers: [Int?] = []
    public var designations: [Int?] = []

    public init() {}
}
