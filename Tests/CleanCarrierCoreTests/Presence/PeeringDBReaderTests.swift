import CleanCarrierCore
import Foundation
import Testing

@Suite struct PeeringDBReaderTests {
    static let sample = DataPathOracle.shared + "/data/peeringdb/peeringdb_sample_prc.json"

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Self.sample), "needs ../shared/data (the real PeeringDB sample)"))
    func readsTheRealSampleAsACombinedFile() throws {
        let text = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let data = try PeeringDBReader.read(text, file: "peeringdb_sample_prc.json")
        #expect(data.types == ["net", "netixlan"])
        #expect(data.networks.map(\.asn) == [ASN(4134), ASN(4837)])
        let miami = try #require(data.presences.first)
        #expect(miami.recordID == 1310 && miami.asn == ASN(4134) && miami.networkID == 308)
        #expect(miami.place == Presence.Place(kind: .exchange, id: 17, name: "Equinix Miami", city: "Miami", country: "US"))
        #expect(miami.routeServerPeer == false)
        #expect(miami.origin.object == "netixlan[0] id 1310")
        #expect(data.presences.map(\.place.country) == ["US", "GB", "BE"])
    }

    @Test func readsAPageTypedByFileNameOrFields() throws {
        let page =
            #"{"meta": {}, "data": [{"id": 5, "net_id": 9, "fac_id": 3, "local_asn": 4837, "name": "CoreSite LA1", "city": "Los Angeles", "country": "us"}]}"#
        let byFields = try PeeringDBReader.read(page, file: "page1.json")
        #expect(byFields.types == ["netfac"])
        #expect(byFields.presences.first?.place == Presence.Place(kind: .facility, id: 3, name: "CoreSite LA1", city: "Los Angeles", country: "US"))
        let exchanges = #"{"data": [{"id": 17, "name": "Equinix Miami", "city": "Miami", "country": "US"}]}"#
        #expect(try PeeringDBReader.read(exchanges, file: "dumps/peeringdb-ix-2024.json").places.first?.place.kind == .exchange)
        #expect(throws: InputErrors.self) { try PeeringDBReader.read(exchanges, file: "page.json") }
    }

    @Test func placesComeFromTheFilesOwnExchangesAndFacilities() throws {
        let text =
            #"{"fac": [{"id": 3, "name": "One Wilshire", "city": "Los Angeles", "country": "US"}], "netfac": [{"id": 1, "net_id": 2, "fac_id": 3, "local_asn": 4134}]}"#
        let data = try PeeringDBReader.read(text, file: "combined.json")
        #expect(data.presences.first?.place == Presence.Place(kind: .facility, id: 3, name: "One Wilshire", city: "Los Angeles", country: "US"))
    }

    @Test(arguments: [
        (#"{"netixlan": [{"id": 1, "net_id": 2, "ix_id": 3, "asn": "4134"}]}"#, "netixlan[0].asn", "expected a whole number, found a string"),
        (#"{"netixlan": [{"id": 1, "net_id": 2, "asn": 4134}]}"#, "netixlan[0].ix_id", "missing: expected a whole number"),
        (#"{"net": [{"id": 1, "name": "x", "asn": 0}]}"#, "net[0].asn", "0 is not an AS number (1 to 4294967295)"),
        (#"{"ix": [{"id": 1, "name": "x", "country": "USA"}]}"#, "ix[0].country", "'USA' is not a two-letter country code"),
        (
            #"{"netfac": [{"id": 1, "net_id": 2, "fac_id": 3}]}"#, "netfac[0].local_asn",
            "missing: expected the network's AS number (local_asn or asn)"
        ),
        (#"{"org": [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}]}"#, "org[1].id", "1 appears twice (first at org[0])"),
        (#"{"net": [{"id": 1, "name": "a", "asn": 1}, 7]}"#, "net[1]", "expected an object, found a number"),
        (#"{"net": 7}"#, "net", "expected an array of objects or a {\"data\": [...]} page, found a number"),
    ])
    func badObjectsNameTheObjectAndField(text: String, field: String, message: String) {
        let error = #expect(throws: InputErrors.self) { try PeeringDBReader.read(text, file: "bad.json") }
        #expect(error?.errors == [InputError(file: "bad.json", field: field, message: message)])
    }

    @Test func notJSONOrNoObjectsIsAnErrorAboutTheFile() {
        for text in ["{\"net\": [", "[1, 2]", "{\"meta\": {}}"] {
            let error = #expect(throws: InputErrors.self) { try PeeringDBReader.read(text, file: "x.json") }
            #expect(error?.errors.count == 1)
            #expect(error?.errors.first?.file == "x.json" && error?.errors.first?.field == nil)
        }
    }
}
