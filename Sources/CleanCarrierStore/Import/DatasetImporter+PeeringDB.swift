import CleanCarrierCore
public import Foundation
public import Logging

extension DatasetImporter {
    /// Imports a PeeringDB API JSON file (one `{"data": [...]}` page or a file keyed by object type).
    ///
    /// Files are kept side by side by the object types they hold (scope `net+netixlan`, `ix`, ...): a file replaces the
    /// previous file with the same types only.
    public func importPeeringDB(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .peeringDB, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let parsed = try PeeringDBReader.read(text, file: file)
            return Parsed(rows: parsed.count, asOf: nil, scope: parsed.types.joined(separator: "+")) { id in
                Self.batches(parsed, dataset: String(id))
            }
        }
    }

    private static func batches(_ data: PeeringDBData, dataset: String) -> [CopyBatch] {
        var organizations = CopyBatch(table: "pdb_organizations", columns: ["dataset_id", "id", "name", "country", "object"])
        for organization in data.organizations {
            organizations.append([dataset, String(organization.id), organization.name, organization.country, organization.object])
        }
        var networks = CopyBatch(table: "pdb_networks", columns: ["dataset_id", "id", "org_id", "asn", "name", "object"])
        for network in data.networks {
            networks.append([
                dataset, String(network.id), network.organizationID.map { String($0) }, String(network.asn.rawValue), network.name, network.object,
            ])
        }
        var places = CopyBatch(table: "pdb_places", columns: ["dataset_id", "kind", "id", "org_id", "name", "city", "country", "object"])
        for entry in data.places {
            let place = entry.place
            places.append([
                dataset, place.kind.rawValue, String(place.id), entry.organizationID.map { String($0) }, place.name ?? "", place.city, place.country,
                entry.object,
            ])
        }
        var presences = CopyBatch(
            table: "presence",
            columns: [
                "dataset_id", "record_type", "record_id", "net_id", "asn", "place_kind", "place_id", "place_name", "city", "country",
                "route_server_peer", "object",
            ]
        )
        for presence in data.presences {
            let place = presence.place
            presences.append([
                dataset, place.kind.recordType, String(presence.recordID), String(presence.networkID), String(presence.asn.rawValue),
                place.kind.rawValue, String(place.id), place.name, place.city, place.country, presence.routeServerPeer.map { $0 ? "t" : "f" },
                presence.origin.object ?? "",
            ])
        }
        return [organizations, networks, places, presences]
    }
}
