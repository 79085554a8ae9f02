import CleanCarrierCore
import Foundation

/// A hand-made world for the Clean Path tests: a registry with two US carriers, a US transit carrier, an untrusted
/// carrier and a destination; a designated vendor with a US affiliate and a trusted vendor; an AS graph where the
/// primary route is clean and the failover crosses the untrusted carrier; and voice routes shaped the same way.
///
/// AS graph: AS100 (us-a) and AS500 (dest) are customers of both AS300 (transit) and AS666 (bad). From AS100 to AS500
/// the primary is 100 → 300 → 500 (lower next hop wins the tie); with the link 100–300 down, 100 → 666 → 500.
enum CleanPathWorld {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static let registry = Registry(
        entities: [
            Entity(id: "us-a", name: "US Carrier A", country: "US"), Entity(id: "us-b", name: "US Carrier B", country: "US"),
            Entity(id: "transit", name: "Transit T", country: "US"), Entity(id: "bad", name: "Bad Carrier", country: "CN"),
            Entity(id: "dest", name: "Destination D", country: "GB"),
            Entity(id: "vendor-x", name: "Vendor X", country: "CN", kind: .vendor),
            Entity(id: "vendor-x-usa", name: "Vendor X USA", country: "US", kind: .vendor),
            Entity(id: "good-vendor", name: "Good Vendor", country: "FI", kind: .vendor),
        ],
        links: [EntityLink(owner: "vendor-x", owned: "vendor-x-usa", share: nil, control: true, source: "test: subsidiary")],
        identifiers: [
            Identifier(kind: .asn, value: "100", holder: "us-a", source: "test", confidence: .registry),
            Identifier(kind: .asn, value: "300", holder: "transit", source: "test", confidence: .registry),
            Identifier(kind: .asn, value: "666", holder: "bad", source: "test", confidence: .registry),
            Identifier(kind: .asn, value: "500", holder: "dest", source: "test", confidence: .registry),
        ],
        designations: [
            Designation(
                id: "bad-listing",
                entity: "bad",
                instrument: .cleanCarrier,
                effective: day("2020-08-05"),
                citation: "test listing",
                extendsToAffiliates: true
            ),
            Designation(
                id: "vendor-x-covered",
                entity: "vendor-x",
                instrument: .coveredList,
                effective: day("2021-03-12"),
                citation: "test Covered List entry",
                extendsToAffiliates: true
            ),
        ]
    )

    static let links = [
        ASLink(ASN(300), ASN(100), .providerToCustomer, line: 1), ASLink(ASN(666), ASN(100), .providerToCustomer, line: 2),
        ASLink(ASN(300), ASN(500), .providerToCustomer, line: 3), ASLink(ASN(666), ASN(500), .providerToCustomer, line: 4),
    ]

    /// Voice: us-a sends +44 to transit (primary) and bad (failover); both hand it to dest, which terminates +44.
    static let routes = [
        VoiceRoute(carrier: "us-a", prefix: E164Prefix(parsing: "44")!, nextHop: "transit", priority: 1, weight: 100, line: 2, dataset: 3),
        VoiceRoute(carrier: "us-a", prefix: E164Prefix(parsing: "44")!, nextHop: "bad", priority: 2, weight: 100, line: 3, dataset: 3),
        VoiceRoute(carrier: "transit", prefix: E164Prefix(parsing: "44")!, nextHop: "dest", priority: 1, weight: 100, line: 4, dataset: 3),
        VoiceRoute(carrier: "bad", prefix: E164Prefix(parsing: "44")!, nextHop: "dest", priority: 1, weight: 100, line: 5, dataset: 3),
    ]

    static let ranges = [NumberRange(prefix: E164Prefix(parsing: "44")!, countryCode: 44, carrier: "Dest", entity: "dest", line: 2, dataset: 4)]

    /// Every carrier declares trusted equipment only (Good Vendor): the header is line 1, the rows lines 2 to 6.
    static let cleanInventory = """
        network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan
        AS100,Site A1,transmission,ran,good-vendor,Radio 1,2019-01-01,,
        us-a,Site A2,control,core,good-vendor,Core 1,2019-01-01,,
        transit,Site T1,transmission,transport,good-vendor,Optical 1,2019-01-01,,
        dest,Site D1,control,switching,good-vendor,Switch 1,2019-01-01,,
        bad,Site B1,control,switching,good-vendor,Switch 1,2019-01-01,,

        """

    static func elements(_ csv: String) -> [EquipmentElement] {
        (try? EquipmentCSVReader.elements(in: csv, file: "equipment.csv", dataset: 9, knownEntities: Set(registry.entities.map(\.id)))) ?? []
    }

    /// The world as of `asOf` with the inventory `csv`.
    static func snapshot(asOf: String, inventory csv: String) -> Snapshot {
        var snapshot = Snapshot(
            asOf: day(asOf),
            registry: registry,
            asRelationships: [(dataset: .init(id: 2, kind: "as-rel", file: "as-rel.txt", sha256: "a"), links: links)],
            voiceRoutes: routes,
            numberRanges: ranges,
            datasets: [.init(id: 9, kind: "equipment", file: "equipment.csv", sha256: "e")]
        )
        snapshot.equipment = elements(csv)
        return snapshot
    }

    static func judge(asOf: String = "2024-06-01", inventory csv: String = cleanInventory) -> CleanPathJudge {
        CleanPathJudge(context: EvaluationContext(snapshot: snapshot(asOf: asOf, inventory: csv)))
    }
}
