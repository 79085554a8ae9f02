import CleanCarrierCore
import Logging
import PostgresNIO

extension SnapshotLoader {
    /// The presences of the active PeeringDB datasets, one per PeeringDB record (the latest dataset's copy wins), each
    /// place completed from any active dataset's exchange or facility object.
    func presences(in datasets: [Snapshot.DatasetRef], logger: Logger) async throws -> [Presence] {
        let ids = datasets.filter { $0.kind == DatasetKind.peeringDB.rawValue }.map(\.id)
        guard !ids.isEmpty else { return [] }
        let files = Dictionary(datasets.map { ($0.id, $0.file) }, uniquingKeysWith: { first, _ in first })
        let rows = try await self.client.query(
            """
            SELECT DISTINCT ON (p.record_type, p.record_id)
                p.dataset_id, p.record_id, p.net_id, p.asn, p.place_kind, p.place_id, coalesce(p.place_name, pl.name),
                coalesce(p.city, pl.city), coalesce(p.country, pl.country), p.route_server_peer, p.object
            FROM presence p
            LEFT JOIN LATERAL (
                SELECT x.name, x.city, x.country FROM pdb_places x
                WHERE x.kind = p.place_kind AND x.id = p.place_id AND x.dataset_id = ANY(\(ids))
                ORDER BY x.dataset_id DESC LIMIT 1
            ) pl ON true
            WHERE p.dataset_id = ANY(\(ids))
            ORDER BY p.record_type, p.record_id, p.dataset_id DESC
            """,
            logger: logger
        )
        var presences: [Presence] = []
        for try await (dataset, record, network, asn, kind, placeID, name, city, country, routeServer, object) in rows.decode(
            (Int64, Int64, Int64, Int64, Presence.PlaceKind, Int64, String?, String?, String?, Bool?, String).self
        ) {
            presences.append(
                Presence(
                    asn: ASN(UInt32(asn)),
                    networkID: network,
                    place: .init(kind: kind, id: placeID, name: name, city: city, country: country),
                    routeServerPeer: routeServer,
                    recordID: record,
                    origin: RecordOrigin(dataset: dataset, file: files[dataset] ?? "", line: nil, object: object)
                )
            )
        }
        return presences
    }
}
