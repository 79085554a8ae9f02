public import CleanCarrierCore
import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO

/// Traces one data or call path through the store's active datasets, with each hop's trust verdict: what
/// `cleancarrier trace data|call`, `GET /trace/data` and `GET /trace/call` show.
public struct TraceService: Sendable {
    let evaluations: EvaluationService

    public init(client: PostgresClient) { self.evaluations = EvaluationService(client: client) }

    /// The Gao-Rexford route from `source` to `destination` (an ASN, or a prefix seen in the observed paths) and its
    /// failover, as of `asOf`.
    /// - Throws: `DataRouteTrace.Failure` when no relationships are loaded, the destination is unknown or unreachable.
    public func dataRoute(from source: ASN, to destination: String, asOf: Day, logger: Logger) async throws -> DataRouteTrace {
        let snapshot = try await self.evaluations.snapshot(
            asOf: asOf, kinds: [.asRelationships, .observedPaths, .rirDelegated, .asNames], logger: logger)
        return try DataRouteTrace.trace(from: source, to: destination, in: snapshot)
    }

    /// A call from `origin` to `number` through the voice routes in force on `asOf` (and used at `instant`, when
    /// given) and the active number ranges, with every untrusted carrier on it and its trust chains.
    /// - Throws: `TraceRequestError.unknownOrigin` when the registry does not know `origin`.
    public func call(
        from origin: EntityID, to number: DialedNumber, asOf: Day, at instant: Date? = nil, limits: CallTracer.Limits = CallTracer.Limits(),
        logger: Logger
    ) async throws -> CallTraceResult {
        let snapshot = try await self.evaluations.snapshot(asOf: asOf, kinds: [.voiceRoutes, .numberRanges], logger: logger)
        let context = EvaluationContext(snapshot: snapshot)
        guard context.index.entities[origin] != nil else { throw TraceRequestError.unknownOrigin(origin) }
        let trace = context.traceCall(from: origin, to: number, at: instant, limits: limits)
        return CallTraceResult(trace: trace, untrustedCarriers: context.untrustedCarriers(on: trace).map { .init(entity: $0.entity, trustChains: $0.trustChains) })
    }
}
