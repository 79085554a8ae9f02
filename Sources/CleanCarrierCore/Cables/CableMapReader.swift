import Foundation

/// Reads a folder of TeleGeography's submarine cable map API (v3) as it is published: `cable/<id>.json` (one cable
/// each), `landing-point/<id>.json` (one landing point each) and `landing-point/landing-point-geo.json` (a GeoJSON
/// collection with each landing point's coordinates, where present); and, beside them, an optional
/// `landing-parties.csv` (`LandingPartyCSVReader`: landing parties and licensees, which the public map does not give). `cable/all.json` and `cable/cable-geo.json` (a
/// list of names and the cables' drawn routes) are not needed and are skipped.
///
/// Errors name the file and the field (`cable/faster.json: landing_points[2].country: ...`). Countries are normalised
/// to ISO 3166 codes (`CountryCodes`); a country neither ICU nor the aliases know is an error. A cable may carry a
/// `retired` field (`YYYY-MM-DD`), which the public map does not have: a regulator's note that the cable is out of
/// service from that day.
public enum CableMapReader {
    /// One file of the folder: its path relative to the folder, and its text.
    public struct File: Sendable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Files of the folder that are read but hold nothing a `CableMap` keeps.
    public static let skipped: Set<String> = ["cable/all.json", "cable/cable-geo.json"]
    /// The GeoJSON file of landing point coordinates.
    public static let coordinatesFile = "landing-point/landing-point-geo.json"

    /// Whether `path` (relative to the folder) is one the reader reads: JSON under `cable/` or `landing-point/`.
    public static func reads(_ path: String) -> Bool {
        path == LandingPartyCSVReader.fileName
            || (path.hasPrefix("cable/") || path.hasPrefix("landing-point/")) && path.hasSuffix(".json") && path.split(separator: "/").count == 2
    }

    /// The cable map in `files`, tagged with `dataset`.
    /// - Throws: `InputErrors` naming every bad file and field (up to 100).
    public static func read(_ files: [File], dataset: Int64 = 0) throws(InputErrors) -> CableMap {
        var errors: [InputError] = []
        var cables: [CableSystem] = []
        var points: [String: LandingPoint] = [:]
        var coordinates: [String: (latitude: Double, longitude: Double)] = [:]
        let sorted = files.filter { Self.reads($0.path) && !Self.skipped.contains($0.path) && $0.path.hasSuffix(".json") }
            .sorted { $0.path < $1.path }
        guard sorted.contains(where: { $0.path.hasPrefix("cable/") }) else {
            throw InputErrors([InputError(file: "cable/", message: "no cable files: expected cable/<id>.json files (TeleGeography API v3)")])
        }
        for file in sorted {
            let top: JSONValue
            do {
                top = try JSONDecoder().decode(JSONValue.self, from: Data(file.text.utf8))
            } catch {
                errors.append(InputError(file: file.path, message: "not valid JSON"))
                continue
            }
            guard case .object(let fields) = top else {
                errors.append(InputError(file: file.path, message: "expected a JSON object, found \(top.kind)"))
                continue
            }
            let origin = RecordOrigin(dataset: dataset, file: file.path, line: nil)
            if file.path == Self.coordinatesFile {
                coordinates = Self.coordinates(fields, file: file.path, errors: &errors)
            } else if file.path.hasPrefix("cable/") {
                var reader = CableFileReader(fields: PeeringDBFields(fields, path: "", file: file.path), origin: origin)
                if let cable = reader.cable(points: &points) { cables.append(cable) }
                errors += reader.errors
            } else {
                var reader = CableFileReader(fields: PeeringDBFields(fields, path: "", file: file.path), origin: origin)
                if let point = reader.landingPoint() { points[point.id] = point }
                errors += reader.errors
            }
            if errors.count >= 100 { break }
        }
        guard errors.isEmpty else { throw InputErrors(Array(errors.prefix(100))) }
        for (id, place) in coordinates {
            points[id]?.latitude = place.latitude
            points[id]?.longitude = place.longitude
        }
        var parties: [LandingParty] = []
        if let file = files.first(where: { $0.path == LandingPartyCSVReader.fileName }) {
            parties = try LandingPartyCSVReader.parties(in: file.text, file: file.path, dataset: dataset, cables: Set(cables.map(\.id)))
        }
        return CableMap(cables: cables, landingPoints: points, landingParties: parties)
    }

    /// `features[i].properties.id` → `geometry.coordinates` (longitude, latitude) of a GeoJSON point collection.
    private static func coordinates(_ top: [String: JSONValue], file: String, errors: inout [InputError]) -> [String: (Double, Double)] {
        guard case .array(let features) = top["features"] else {
            errors.append(InputError(file: file, field: "features", message: "expected the array of a GeoJSON FeatureCollection"))
            return [:]
        }
        var result: [String: (Double, Double)] = [:]
        for (index, feature) in features.enumerated() {
            guard case .object(let fields) = feature, case .object(let properties) = fields["properties"],
                case .string(let id) = properties["id"], case .object(let geometry) = fields["geometry"],
                case .array(let pair) = geometry["coordinates"], pair.count == 2,
                let longitude = Self.number(pair[0]), let latitude = Self.number(pair[1]),
                (-180...180).contains(longitude), (-90...90).contains(latitude)
            else {
                errors.append(
                    InputError(
                        file: file,
                        field: "features[\(index)]",
                        message: "expected a Point feature with properties.id and geometry.coordinates [longitude, latitude]"
                    )
                )
                continue
            }
            result[id] = (latitude, longitude)
        }
        return result
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }
}
