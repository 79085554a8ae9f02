/// Reads one `cable/<id>.json` or `landing-point/<id>.json` object of the cable map, collecting an error for each bad field.
struct CableFileReader {
    var fields: PeeringDBFields
    let origin: RecordOrigin
    var errors: [InputError] = []

    init(fields: PeeringDBFields, origin: RecordOrigin) {
        self.fields = fields
        self.origin = origin
    }

    /// The cable of the file; its landing points are added to `points` where no landing point file gave them yet.
    mutating func cable(points: inout [String: LandingPoint]) -> CableSystem? {
        let id = self.fields.string("id", required: true)
        let name = self.fields.string("name", required: true)
        let length = self.fields.string("length")
        let owners = self.fields.string("owners")
        let suppliers = self.fields.string("suppliers")
        let year = self.fields.integer("rfs_year", required: false)
        let planned = self.fields.bool("is_planned")
        let retired = self.day("retired")
        var landings: [String] = []
        switch self.fields.fields["landing_points"] {
        case .array(let items):
            for (index, item) in items.enumerated() {
                guard let point = self.landingPoint(item, path: "landing_points[\(index)]") else { continue }
                landings.append(point.id)
                if points[point.id] == nil { points[point.id] = point }
            }
        case .none, .null: self.fields.fail("landing_points", "missing: expected an array of landing points")
        case .some(let other): self.fields.fail("landing_points", "expected an array of landing points, found \(other.kind)")
        }
        if let year, !(1850...2100).contains(year) { self.fields.fail("rfs_year", "\(year) is not a plausible year") }
        self.errors += self.fields.errors
        guard let id, let name, self.errors.isEmpty else { return nil }
        let ownerList = Self.ownerNames(owners ?? "")
        return CableSystem(
            id: id,
            name: name,
            length: length,
            readyForServiceYear: year.map { Int($0) },
            isPlanned: planned ?? false,
            retired: retired,
            landingPoints: landings,
            owners: ownerList.map { CableOwner(name: $0) },
            suppliers: suppliers,
            origin: RecordOrigin(dataset: self.origin.dataset, file: self.origin.file, line: nil, object: "cable \(id)")
        )
    }

    /// The landing point of a `landing-point/<id>.json` file.
    mutating func landingPoint() -> LandingPoint? {
        let point = self.landingPoint(.object(self.fields.fields), path: "")
        self.errors += self.fields.errors
        return point
    }

    /// A landing point object (`id`, `name`, `country`) at `path` (empty for the file's top level).
    private mutating func landingPoint(_ value: JSONValue, path: String) -> LandingPoint? {
        guard case .object(let object) = value else {
            self.fields.fail(path, "expected a landing point object, found \(value.kind)")
            return nil
        }
        var fields = PeeringDBFields(object, path: path, file: self.origin.file)
        let id = fields.string("id", required: true)
        let name = fields.string("name", required: true)
        let countryName = fields.string("country", required: true)
        var code: String?
        if let countryName {
            code = CountryCodes.code(for: countryName)
            if code == nil {
                fields.fail("country", "'\(countryName)' is not a country name of ICU's ISO 3166 table or of the aliases (CountryCodes.aliases)")
            }
        }
        self.errors += fields.errors
        guard let id, let name, let countryName, let code else { return nil }
        let suffix = ", " + countryName
        let city = name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name
        return LandingPoint(
            id: id,
            name: name,
            city: city,
            countryName: countryName,
            country: code,
            origin: RecordOrigin(dataset: self.origin.dataset, file: self.origin.file, line: nil, object: path.isEmpty ? "landing point \(id)" : path)
        )
    }

    /// An optional `YYYY-MM-DD` day.
    private mutating func day(_ key: String) -> Day? {
        guard let text = self.fields.string(key) else { return nil }
        guard let day = Day(iso: text) else {
            self.fields.fail(key, "'\(text)' is not a date (YYYY-MM-DD)")
            return nil
        }
        return day
    }

    /// The owners of a comma-separated list, keeping a company suffix with its name (`Liquid Telecom, Ltd.` is one owner).
    static func ownerNames(_ list: String) -> [String] {
        var names: [String] = []
        for piece in list.split(separator: ",").map({ String($0.trimmingWhitespace) }) where !piece.isEmpty {
            let bare = piece.lowercased().filter { $0.isLetter }
            if let last = names.last, Self.companySuffixes.contains(bare) {
                names[names.count - 1] = last + ", " + piece
            } else {
                names.append(piece)
            }
        }
        return names
    }

    /// Suffixes that follow a company's name after a comma, lower-cased, letters only.
    private static let companySuffixes: Set<String> = ["inc", "ltd", "llc", "corp", "co", "sa", "plc", "limited", "lp", "ag", "bv", "srl", "spa"]
}
