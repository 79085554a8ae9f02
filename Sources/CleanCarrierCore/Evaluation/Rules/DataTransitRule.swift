import Foundation
import Synchronization

/// CC-2: the route from a US network to a destination in another country crosses an untrusted AS as an intermediate
/// hop. Routes are the Gao-Rexford routes of the inferred AS graph (identical to BGPy's); every foreign destination is
/// swept, on all cores. One finding per US network and untrusted carrier counts the destinations whose route crosses
/// it and how many of those crossings are avoidable (a valley-free path around every untrusted AS exists), with the
/// route to the first such destination as the example path. Severity: violation when the US network hands that
/// traffic straight to the carrier (its next hop), exposure when the carrier is further on.
public struct DataTransitRule: EvaluationRule {
    /// How many workers sweep the destinations (default: every core).
    public var workers: Int

    public init(workers: Int = ProcessInfo.processInfo.activeProcessorCount) { self.workers = max(1, workers) }

    public func findings(in context: EvaluationContext) throws(InputErrors) -> [Finding] {
        guard let (dataset, links) = context.snapshot.asRelationships.last, !context.untrusted.asns.isEmpty else { return [] }
        let graph = try ASGraph(links: links, file: dataset.file)
        let query = ExposureQuery(graph: graph, untrusted: Set(context.untrusted.asns.keys), sourceCountry: context.homeCountry) {
            context.country(of: $0)
        }
        let destinations = graph.asns.indices.filter { id in
            guard let country = query.country(ofID: id) else { return false }
            return country != context.homeCountry
        }
        let exposures = TransitSweep(query: query, destinations: destinations, workers: self.workers).run()
        return exposures.map { key, exposure in
            let source = context.party(for: graph.asns[key.source])
            let carrier = context.party(for: graph.asns[key.carrier])
            let destination = context.party(for: exposure.exampleDestination)
            let hops = exposure.examplePath.map { context.party(for: $0) }
            let unavoidable = exposure.destinations - exposure.avoidable
            let summary =
                "Routes from \(source.label) to \(exposure.destinations) destination(s) abroad cross untrusted \(carrier.label)"
                + " (\(exposure.avoidable) avoidable, \(unavoidable) unavoidable; handed over directly for \(exposure.direct))"
            var records: [Evidence.Record] = []
            for (hop, (a, b)) in zip(exposure.examplePath, exposure.examplePath.dropFirst()).enumerated() {
                guard let ids = graph.id(of: a).flatMap({ a in graph.id(of: b).map { (a, $0) } }), let link = graph.link(between: ids.0, and: ids.1)
                else { continue }
                let detail = link.kind == .peer ? "\(link.first) and \(link.second) are peers" : "\(link.first) is a provider of \(link.second)"
                records.append(
                    .init(basis: .inferred, origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: link.line), detail: detail, hop: hop)
                )
            }
            records.append(
                .init(
                    basis: .inferred,
                    origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: nil),
                    detail: "example: the route to \(destination.label) is \(exposure.examplePath.map(\.description).joined(separator: " "))"
                )
            )
            return Finding(
                rule: .dataTransit,
                severity: exposure.direct > 0 ? .violation : .exposure,
                subject: source,
                counterpart: carrier,
                summary: summary,
                evidence: Evidence(hops: hops, records: records, trustChains: context.trustChains(for: .network(graph.asns[key.carrier])))
            )
        }
    }
}
