public import CleanCarrierCore
import CleanCarrierStore
public import Logging
public import PostgresNIO

/// The registry in the store: the active one, and why a network or entity is untrusted on a day.
public struct RegistryService: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private static let noRegistry = "no registry has been imported: run `cleancarrier import registry FILE` or pass --file"

    /// The active registry.
    /// - Throws: `RequestRefusal.conflict` when none has been imported.
    public func activeRegistry(logger: Logger) async throws -> Registry {
        guard let registry = try await RegistryRepository(client: self.client).activeRegistry(logger: logger) else {
            throw RequestRefusal.conflict(Self.noRegistry)
        }
        return registry
    }

    /// Whether `subject` (an ASN or an entity id) is untrusted on `day`, and why, from the active registry and, for an
    /// ASN it does not know, the imported RIR statistics and AS names.
    /// - Throws: `RequestRefusal.notFound` when nothing knows `subject`.
    public func explain(_ subject: String, on day: Day, affiliateThreshold: Double = 50, logger: Logger) async throws -> TrustExplanation {
        let registry = try await self.activeRegistry(logger: logger)
        let resolver = TrustResolver(registry: registry, affiliateThreshold: affiliateThreshold)
        var registration: ASNRegistration?
        var name: ASName?
        var siblings: [ASN] = []
        if let asn = TrustExplanation.asn(in: subject) {
            let repository = ASNRegistrationRepository(client: self.client)
            registration = try await repository.registration(of: asn, logger: logger)
            if let registration { siblings = try await repository.asns(sharingAccountOf: registration, logger: logger) }
            name = try await repository.name(of: asn, logger: logger)
        }
        guard
            let explanation = TrustExplanation.explain(
                subject,
                on: day,
                resolver: resolver,
                registration: registration,
                publishedName: name,
                accountSiblings: siblings
            )
        else { throw RequestRefusal.notFound("neither the registry nor the imported RIR statistics and AS names know '\(subject)'") }
        return explanation
    }

    /// Why `subject` is untrusted on `day` or not, from `registry` alone (a file, no store).
    /// - Throws: `RequestRefusal.notFound` when the registry does not know `subject`.
    public static func explain(_ subject: String, on day: Day, in registry: Registry, affiliateThreshold: Double = 50) throws -> TrustExplanation {
        let resolver = TrustResolver(registry: registry, affiliateThreshold: affiliateThreshold)
        guard let explanation = TrustExplanation.explain(subject, on: day, resolver: resolver) else {
            throw RequestRefusal.notFound("the registry does not know '\(subject)'")
        }
        return explanation
    }

    /// The untrusted ASes of `registry` on `day`.
    public static func untrustedASNs(in registry: Registry, on day: Day) -> Set<ASN> {
        Set(UntrustedSet(resolver: TrustResolver(registry: registry), day: day).asns.keys)
    }
}
