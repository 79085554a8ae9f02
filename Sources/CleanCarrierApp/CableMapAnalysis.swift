public import CleanCarrierCore

/// The cables landing in a country, their landing points, owners and each owner's verdict, from a cable map folder and
/// a registry file, no store: what `cleancarrier cables` prints.
public enum CableMapAnalysis {
    /// The listing of the cables of `cablesFolder` that land in `country` (ISO 3166-1 alpha-2), judged on `day` by
    /// the registry of `registryFile`.
    /// - Throws: `RequestRefusal` for a country that is no ISO 3166-1 alpha-2 code, `InputError` for a folder or file
    ///   that cannot be read, `InputErrors` for bad content.
    public static func listing(cablesFolder: String, registryFile: String, country: String, day: Day) async throws -> CableListing {
        try CableService.checkCountry(country)
        let map = try CableMapFolder(path: cablesFolder).read()
        let registry = try await InputFile.registry(at: registryFile).registry
        return CableListing(map: map, registry: registry, country: country, day: day)
    }
}
