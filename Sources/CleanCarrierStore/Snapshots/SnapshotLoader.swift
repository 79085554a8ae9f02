public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Loads the active datasets into an in-memory snapshot for the engines.
public struct SnapshotLoader: Sendable {
    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    /// The snapshot of every active dataset, evaluated as of `asOf`.
    /// - Parameter kinds: when given, only the active datasets of these kinds (and the registry) are loaded.
    public func load(asOf: Day, kinds: Set<DatasetKind>? = nil, logger: Logger) async throws -> Snapshot {
        var datasets: [Snapshot.DatasetRef] = []
        for try await (id, kind, file, sha) in try await self.client.query(
            "SELECT id, kind, file_name, sha256 FROM datasets WHERE status = 'active' ORDER BY id",
            logger: logger
        ).decode((Int64, String, String, String).self) {
            guard kind == DatasetKind.registry.rawValue || kinds?.contains(where: { $0.rawValue == kind }) != false else { continue }
            datasets.append(.init(id: id, kind: kind, file: file, sha256: sha))
        }
        var snapshot = Snapshot(asOf: asOf, registry: Registry(), datasets: datasets)
        if let registryDataset = datasets.last(where: { $0.kind == DatasetKind.registry.rawValue }) {
            snapshot.registry = try await RegistryRepository(client: self.client).registry(dataset: registryDataset.id, logger: logger)
            snapshot.registryDataset = registryDataset
        }
        for dataset in datasets where dataset.kind == DatasetKind.rirDelegated.rawValue {
            let rows = try await self.client.query(
                "SELECT asn, rir, country, status, registered::text, holder_id, line FROM asn_registrations WHERE dataset_id = \(dataset.id)",
                logger: logger
            )
            for try await (asn, rir, country, status, registered, holder, line) in rows.decode(
                (Int64, String, String, String, String?, String?, Int).self
            ) {
                let key = ASN(UInt32(asn))
                snapshot.registrations[key] = ASNRegistration(
                    asn: key,
                    rir: rir,
                    country: country,
                    status: status,
                    registered: try UnreadableStoredValue.day(registered, table: "asn_registrations", column: "registered"),
                    holderID: holder,
                    line: line
                )
            }
        }
        for dataset in datasets where dataset.kind == DatasetKind.asNames.rawValue {
            let rows = try await self.client.query("SELECT asn, name, country, line FROM as_names WHERE dataset_id = \(dataset.id)", logger: logger)
            for try await (asn, name, country, line) in rows.decode((Int64, String, String?, Int).self) {
                let key = ASN(UInt32(asn))
                snapshot.asNames[key] = ASName(asn: key, name: name, country: country, line: line)
            }
        }
        for dataset in datasets where dataset.kind == DatasetKind.asRelationships.rawValue {
            var links: [ASLink] = []
            let rows = try await self.client.query(
                "SELECT a, b, rel, line FROM as_links WHERE dataset_id = \(dataset.id) ORDER BY line",
                logger: logger
            )
            for try await (a, b, rel, line) in rows.decode((Int64, Int64, Int16, Int32).self) {
                links.append(ASLink(ASN(UInt32(a)), ASN(UInt32(b)), rel == 0 ? .peer : .providerToCustomer, line: Int(line)))
            }
            snapshot.asRelationships.append((dataset, links))
        }
        for dataset in datasets where dataset.kind == DatasetKind.interconnects.rawValue {
            let rows = try await self.client.query(
                """
                SELECT party_a, party_b, kind, facility, city, country, started::text, ended::text, line
                FROM interconnects WHERE dataset_id = \(dataset.id) ORDER BY line
                """,
                logger: logger
            )
            for try await (a, b, kind, facility, city, country, started, ended, line) in rows.decode(
                (String, String, Interconnect.Kind, String?, String?, String?, String?, String?, Int).self
            ) {
                let partyA = try UnreadableStoredValue.party(a, table: "interconnects", column: "party_a")
                let partyB = try UnreadableStoredValue.party(b, table: "interconnects", column: "party_b")
                snapshot.interconnects.append(
                    Interconnect(
                        partyA: partyA,
                        partyB: partyB,
                        kind: kind,
                        facility: facility,
                        city: city,
                        country: country,
                        validity: try UnreadableStoredValue.validity(started, ended, table: "interconnects", columns: ("started", "ended")),
                        origin: RecordOrigin(dataset: dataset.id, file: dataset.file, line: line)
                    )
                )
            }
        }
        for dataset in datasets where dataset.kind == DatasetKind.observedPaths.rawValue {
            snapshot.observedPaths.append((dataset, try await self.observedPaths(dataset: dataset.id, logger: logger)))
        }
        snapshot.voiceRoutes = try await self.voiceRoutes(in: datasets, logger: logger)
        snapshot.numberRanges = try await self.numberRanges(in: datasets, logger: logger)
        snapshot.presences = try await self.presences(in: datasets, logger: logger)
        snapshot.equipment = try await self.equipment(in: datasets, logger: logger)
        (snapshot.cables, snapshot.circuits) = try await self.cables(in: datasets, logger: logger)
        return snapshot
    }

    private func observedPaths(dataset id: Int64, logger: Logger) async throws -> [ObservedPath] {
        var paths: [ObservedPath] = []
        let rows = try await self.client.query(
            "SELECT line, prefix, path, ends_in_set FROM observed_paths WHERE dataset_id = \(id) ORDER BY line",
            logger: logger
        )
        for try await (line, prefix, path, endsInSet) in rows.decode((Int32, String, [Int64], Bool).self) {
            paths.append(ObservedPath(path: path.map { ASN(UInt32(truncatingIfNeeded: $0)) }, prefix: prefix, endsInSet: endsInSet, line: Int(line)))
        }
        return paths
    }
}
