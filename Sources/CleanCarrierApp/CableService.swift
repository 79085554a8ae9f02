public import CleanCarrierCore
import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The submarine cables in the store: the active cable map, its owners and landing parties judged by the active
/// registry (what `GET /cables` and `GET /landing-points` show; `cleancarrier cables` lists a folder the same way).
public struct CableService: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// Why a listing of the store cannot be made, for callers that refuse rather than list nothing.
    public static let noCableMap = "no cable map has been imported: run `cleancarrier import cables FOLDER` (or pass --cables and --registry)"

    /// Refuses a country that is no ISO 3166-1 alpha-2 code (upper case, e.g. `US`).
    /// - Throws: `RequestRefusal.refused` naming the value.
    public static func checkCountry(_ country: String) throws(RequestRefusal) {
        guard CountryCodes.code(for: country) == country else {
            throw .refused("country must be an ISO 3166-1 alpha-2 code, not '\(country)'")
        }
    }

    /// The cables of the active cable map that land in `country`, judged on `day` by the active registry (with none
    /// imported, no owner is untrusted).
    /// - Returns: the cable map's dataset id and the listing, or `nil` when no cable map has been imported.
    /// - Throws: `RequestRefusal` for a country that is no ISO 3166-1 alpha-2 code.
    public func listing(country: String, day: Day, logger: Logger) async throws -> (dataset: Int64, listing: CableListing)? {
        try Self.checkCountry(country)
        guard let (dataset, map) = try await CableRepository(client: self.client).activeMap(logger: logger) else { return nil }
        let registry = try await RegistryRepository(client: self.client).activeRegistry(logger: logger) ?? Registry()
        return (dataset, CableListing(map: map, registry: registry, country: country, day: day))
    }

    /// The landing points of the active cable map, those in `country` only when it is given, by id.
    /// - Returns: the cable map's dataset id and the points, or `nil` when no cable map has been imported.
    public func landingPoints(country: String?, logger: Logger) async throws -> (dataset: Int64, points: [LandingPoint])? {
        guard let (dataset, map) = try await CableRepository(client: self.client).activeMap(logger: logger) else { return nil }
        return (dataset, map.landingPoints.values.filter { country == nil || $0.country == country }.sorted { $0.id < $1.id })
    }
}
