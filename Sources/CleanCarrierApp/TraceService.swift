public import CleanCarrierCore
import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO

/// Traces one data or call path through the store's active datasets, with each hop's trust verdict (what
/// `cleancarrier trace data|call`, `GET /trace/data` and `GET /trace/call` show), and judges paths against the Clean
/// Path (`cleancarrier path check`, `GET /paths/check`).
public struct TraceService: Sendable {
    let evaluations: EvaluationService

    public init(client: PostgresClient) { self.evaluations = EvaluationService(client: client) }

    /// The Gao-Rexford route from `source` to `destination` (an ASN, or a prefix seen in the observed paths) and its
    /// failover, as of `asOf`.
    /// - Throws: `RequestRefusal` when no relationships are loaded, the destination is unknown or unreachable;
    ///   `InputErrors` when the active relationships make no graph.
    public func dataRoute(from source: ASN, to destination: String, asOf: Day, logger: Logger) async throws -> DataRouteTrace {
        let snapshot = try await self.evaluations.snapshot(
            asOf: asOf,
            kinds: [.asRelationships, .observedPaths, .rirDelegated, .asNames, .cables, .cableCircuits],
            logger: logger
        )
        do { return try DataRouteTrace.trace(from: source, to: destination, in: snapshot) } catch { throw RequestRefusal.refusal(for: error) }
    }

    /// A call from `origin` to `number` through the voice routes in force on `asOf` (and used at `instant`, when
    /// given) and the active number ranges, with every untrusted carrier on it and its trust chains.
    /// - Throws: `RequestRefusal.notFound` when the registry does not know `origin`.
    public func call(
        from origin: EntityID,
        to number: DialedNumber,
        asOf: Day,
        at instant: Date? = nil,
        limits: CallTracer.Limits = CallTracer.Limits(),
        logger: Logger
    ) async throws -> CallTraceResult {
        let snapshot = try await self.evaluations.snapshot(asOf: asOf, kinds: [.voiceRoutes, .numberRanges, .cables, .cableCircuits], logger: logger)
        let context = EvaluationContext(snapshot: snapshot)
        guard context.index.entities[origin] != nil else { throw RequestRefusal.notFound("unknown entity '\(origin)': not in the active registry") }
        let trace = context.traceCall(from: origin, to: number, at: instant, limits: limits)
        return CallTraceResult(
            trace: trace,
            untrustedCarriers: context.untrustedCarriers(on: trace).map { .init(entity: $0.entity, trustChains: $0.trustChains) },
            cableHops: context.cableHops(on: trace)
        )
    }

    /// The datasets a Clean Path check reads (and the registry).
    public static let cleanPathKinds: Set<DatasetKind> = [
        .asRelationships, .observedPaths, .rirDelegated, .asNames, .voiceRoutes, .numberRanges, .equipment,
    ]

    /// The Clean Path verdict of each path from `source` (a carrier entity or an AS) to `destination` (an AS, a prefix
    /// seen in the observed paths, or an E.164 number), every branch included, as of `asOf`.
    /// - Throws: `RequestRefusal` when a path cannot be traced as asked (see `RequestRefusal.refusal(for:)`).
    public func cleanPaths(from sources: [(from: String, to: String)], asOf: Day, logger: Logger) async throws -> [CleanPathResult] {
        let snapshot = try await self.evaluations.snapshot(asOf: asOf, kinds: Self.cleanPathKinds, logger: logger)
        let judge = CleanPathJudge(context: EvaluationContext(snapshot: snapshot))
        do { return try sources.map { path throws(CleanPathJudge.CheckFailure) in try judge.check(from: path.from, to: path.to) } } catch {
            throw RequestRefusal.refusal(for: error)
        }
    }

    /// The Clean Path verdict of the path from `source` to `destination` as of `asOf`: see `cleanPaths(from:asOf:logger:)`.
    public func cleanPath(from source: String, to destination: String, asOf: Day, logger: Logger) async throws -> CleanPathResult {
        let results = try await self.cleanPaths(from: [(source, destination)], asOf: asOf, logger: logger)
        guard let result = results.first else { throw CancellationError() }
        return result
    }
}
