import Foundation

/// A small cable map folder in TeleGeography's API v3 layout, written for tests: invented cables between real
/// places, owned by real carriers' names as the public map writes them.
///
/// - `pacific-test`: Hermosa Beach (US) to Tseung Kwan O (the map's "China"), owned by "China Telecom" and "Google";
/// - `atlantic-test`: Virginia Beach (US) to Bude (GB), owned by "AT&T" and "Nobody Known Telecom, Ltd.";
/// - `future-test`: planned for 2030, Hermosa Beach to Chikura (JP), owned by "China Mobile";
/// - `pccw-test`: Hermosa Beach to Chikura, in service since 2020, owned by "PCCW".
public enum CableMapSample {
    /// The cable file of each cable, by id.
    public static func cables(retired: [String: String] = [:]) -> [String: String] {
        func cable(_ id: String, _ name: String, _ points: [(String, String, String)], owners: String, year: Int, planned: Bool) -> String {
            let landings = points.map { #"{"id":"\#($0.0)","name":"\#($0.1)","country":"\#($0.2)","is_tbd":null}"# }.joined(separator: ",")
            let retiredField = retired[id].map { #","retired":"\#($0)""# } ?? ""
            return #"{"id":"\#(id)","name":"\#(name)","length":"10,000 km","landing_points":[\#(landings)],"owners":"\#(owners)","#
                + #""suppliers":"SubCom","rfs":"\#(year)","rfs_year":\#(year),"is_planned":\#(planned),"url":null,"notes":null\#(retiredField)}"#
        }
        let hermosa = ("hermosa-beach-ca-united-states", "Hermosa Beach, CA, United States", "United States")
        let tko = ("tseung-kwan-o-china", "Tseung Kwan O, China", "China")
        let virginia = ("virginia-beach-va-united-states", "Virginia Beach, VA, United States", "United States")
        let bude = ("bude-united-kingdom", "Bude, United Kingdom", "United Kingdom")
        let chikura = ("chikura-japan", "Chikura, Japan", "Japan")
        return [
            "pacific-test": cable("pacific-test", "Pacific Test", [hermosa, tko], owners: "China Telecom, Google", year: 2018, planned: false),
            "atlantic-test": cable(
                "atlantic-test",
                "Atlantic Test",
                [virginia, bude],
                owners: "AT&T, Nobody Known Telecom, Ltd.",
                year: 2017,
                planned: false
            ),
            "future-test": cable("future-test", "Future Test", [hermosa, chikura], owners: "China Mobile", year: 2030, planned: true),
            "pccw-test": cable("pccw-test", "PCCW Test", [hermosa, chikura], owners: "PCCW", year: 2020, planned: false),
        ]
    }

    /// Writes the folder under a new temporary directory and returns its path.
    /// - Parameters:
    ///   - retired: a `retired` day to give cables, by id.
    ///   - replacing: files to write instead of the generated ones, by path (e.g. a malformed cable file).
    public static func write(retired: [String: String] = [:], replacing: [String: String] = [:]) throws -> String {
        let folder = NSTemporaryDirectory() + "cc-cables-\(UUID().uuidString.prefix(8))"
        var files: [String: String] = [:]
        for (id, text) in Self.cables(retired: retired) { files["cable/\(id).json"] = text }
        files["cable/all.json"] = #"[{"id":"pacific-test","name":"Pacific Test"}]"#
        files["cable/cable-geo.json"] = #"{"type":"FeatureCollection","features":[]}"#
        files["landing-point/tseung-kwan-o-china.json"] =
            #"{"id":"tseung-kwan-o-china","name":"Tseung Kwan O, China","country":"China","cables":[],"landing_points":[]}"#
        files["landing-point/landing-point-geo.json"] =
            #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"hermosa-beach-ca-united-states","name":"Hermosa Beach, CA, United States","is_tbd":false},"geometry":{"type":"Point","coordinates":[-118.3995,33.8622]}},"#
            + #"{"type":"Feature","properties":{"id":"tseung-kwan-o-china","name":"Tseung Kwan O, China","is_tbd":false},"geometry":{"type":"Point","coordinates":[114.2594,22.3077]}}]}"#
        files.merge(replacing) { _, new in new }
        for (path, text) in files {
            let url = URL(fileURLWithPath: folder + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return folder
    }

    /// The real TeleGeography folder of 2022-11-10 under `../shared/data`, when present.
    public static var realFolder: String? {
        SharedData.path("cables/submarinecablemap-20221110/cable/all.json").map { _ in SharedData.folder + "/data/cables/submarinecablemap-20221110" }
    }
}
