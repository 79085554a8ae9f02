public import CleanCarrierCore
public import Foundation

/// Traces a call through voice route and number range files, no store: `cleancarrier trace call --routes FILE`.
///
/// libphonenumber's ranges name carriers, not entities: with a registry, names map to its entities as the store's
/// import maps them (`CarrierNameMatcher`); a name that matches none becomes an id by lowercasing and dashing
/// (`China Mobile` → `china-mobile`).
public struct FileCallTrace: Sendable {
    public var routesFile: String
    public var rangesFile: String
    /// A registry YAML file whose entities carrier names map to, and whose verdicts on `asOf` mark untrusted hops.
    public var registryFile: String?
    /// Entity ids to treat as untrusted besides the registry's.
    public var untrusted: Set<EntityID>
    /// Use only the routes in force on this day (default: all), and the registry's verdicts on it (default today).
    public var asOf: Day?

    public init(routesFile: String, rangesFile: String, registryFile: String? = nil, untrusted: Set<EntityID> = [], asOf: Day? = nil) {
        self.routesFile = routesFile
        self.rangesFile = rangesFile
        self.registryFile = registryFile
        self.untrusted = untrusted
        self.asOf = asOf
    }

    /// Traces a call from `origin` to `number`, with routes used at `instant` when given.
    public func trace(from origin: EntityID, to number: DialedNumber, at instant: Date?, limits: CallTracer.Limits) async throws -> CallTrace {
        var registry: Registry?
        if let path = self.registryFile { registry = try await InputFile.registry(at: path).registry }
        let matcher = registry.map { CarrierNameMatcher(entities: $0.entities) }
        let ranges = try await InputFile.numberRanges(at: self.rangesFile).map { range in
            guard range.entity == nil else { return range }
            var copy = range
            copy.entity = matcher?.entity(named: range.carrier) ?? CarrierNameMatcher.slug(range.carrier)
            return copy
        }
        let table = VoiceRouteTable(try await InputFile.voiceRoutes(at: self.routesFile), asOf: self.asOf, at: instant)
        let tracer = CallTracer(routes: table, numbers: NumberPlan(ranges), limits: limits)
        let day = self.asOf ?? .today
        let resolver = registry.map { TrustResolver(registry: $0) }
        let untrusted = self.untrusted
        let judged = resolver != nil || !untrusted.isEmpty
        return tracer.trace(from: origin, to: number) { id in
            guard judged else { return nil }
            return HopTrust(isUntrusted: untrusted.contains(id) || resolver?.verdict(on: id, day: day).isUntrusted == true)
        }
    }
}
