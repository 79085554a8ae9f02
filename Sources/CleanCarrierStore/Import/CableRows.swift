import CleanCarrierCore

/// The COPY rows of a cable map dataset.
enum CableRows {
    static func batches(_ map: CableMap, matcher: OwnerNameMatcher, dataset id: Int64) -> [CopyBatch] {
        let dataset = String(id)
        var cables = CopyBatch(
            table: "cable_systems",
            columns: ["dataset_id", "id", "name", "length", "rfs_year", "planned", "retired", "suppliers", "file"]
        )
        var landings = CopyBatch(table: "cable_landings", columns: ["dataset_id", "cable_id", "position", "landing_point_id"])
        var owners = CopyBatch(table: "cable_owners", columns: ["dataset_id", "cable_id", "position", "name", "entity_id", "share"])
        for cable in map.cables {
            cables.append([
                dataset, cable.id, cable.name, cable.length, cable.readyForServiceYear.map(String.init), cable.isPlanned ? "t" : "f",
                cable.retired?.description, cable.suppliers, cable.origin.file,
            ])
            for (position, point) in cable.landingPoints.enumerated() { landings.append([dataset, cable.id, String(position), point]) }
            for (position, owner) in cable.owners.enumerated() {
                owners.append([
                    dataset, cable.id, String(position), owner.name, matcher.entity(for: owner.name)?.rawValue, owner.share.map { String($0) },
                ])
            }
        }
        var points = CopyBatch(
            table: "landing_points",
            columns: ["dataset_id", "id", "name", "city", "country_name", "country", "latitude", "longitude", "file", "object"]
        )
        for point in map.landingPoints.values.sorted(by: { $0.id < $1.id }) {
            points.append([
                dataset, point.id, point.name, point.city, point.countryName, point.country, point.latitude.map { String($0) },
                point.longitude.map { String($0) }, point.origin.file, point.origin.object ?? "",
            ])
        }
        var parties = CopyBatch(
            table: "landing_parties",
            columns: ["dataset_id", "cable_id", "entity_id", "role", "licence", "granted", "expires", "line"]
        )
        for party in map.landingParties {
            parties.append([
                dataset, party.cable, party.entity.rawValue, party.role.rawValue, party.licence, party.granted?.description,
                party.expires?.description, party.origin.line.map(String.init),
            ])
        }
        return [cables, points, landings, owners, parties]
    }
}
