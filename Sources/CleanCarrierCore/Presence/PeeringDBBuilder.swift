/// Turns the objects of a PeeringDB file into `PeeringDBData`, checking each field, and fills the place of each
/// presence (name, city, country) from the file's own `ix` and `fac` objects where the presence lacks them.
struct PeeringDBBuilder {
    static let errorLimit = 100

    let file: String
    let dataset: Int64
    private var data = PeeringDBData()
    private var errors: [InputError] = []
    /// The path of each id seen, per object type.
    private var seen: [String: [Int64: String]] = [:]

    init(file: String, dataset: Int64) {
        self.file = file
        self.dataset = dataset
    }

    /// Reads the objects of one type.
    mutating func add(type: String, objects: [JSONValue]) {
        self.data.types.append(type)
        for (index, value) in objects.enumerated() where self.errors.count < Self.errorLimit {
            let path = "\(type)[\(index)]"
            guard case .object(let fields) = value else {
                self.errors.append(InputError(file: self.file, field: path, message: "expected an object, found \(value.kind)"))
                continue
            }
            var reader = PeeringDBFields(fields, path: path, file: self.file)
            if let id = reader.integer("id") {
                if let first = self.seen[type]?[id] {
                    reader.fail("id", "\(id) appears twice (first at \(first))")
                } else {
                    self.seen[type, default: [:]][id] = path
                    self.add(type: type, id: id, object: "\(path) id \(id)", reader: &reader)
                }
            }
            self.errors += reader.errors.prefix(Self.errorLimit - self.errors.count)
        }
    }

    private mutating func add(type: String, id: Int64, object: String, reader: inout PeeringDBFields) {
        let origin = RecordOrigin(dataset: self.dataset, file: self.file, line: nil, object: object)
        switch type {
        case "org":
            let name = reader.string("name", required: true)
            let country = reader.country("country")
            guard let name else { return }
            self.data.organizations.append(.init(id: id, name: name, country: country, object: object))
        case "net":
            let organization = reader.integer("org_id", required: false)
            let asn = reader.asn("asn")
            let name = reader.string("name", required: true)
            guard let asn, let name else { return }
            self.data.networks.append(.init(id: id, organizationID: organization, asn: asn, name: name, object: object))
        case "ix", "fac":
            let kind: Presence.PlaceKind = type == "ix" ? .exchange : .facility
            let name = reader.string("name", required: true)
            let organization = reader.integer("org_id", required: false)
            let place = Presence.Place(kind: kind, id: id, name: name, city: reader.string("city"), country: reader.country("country"))
            guard name != nil else { return }
            self.data.places.append(.init(place: place, organizationID: organization, object: object))
        case "netixlan":
            let network = reader.integer("net_id")
            let exchange = reader.integer("ix_id")
            let asn = reader.asn("asn")
            let place = (reader.string("name"), reader.string("ix_city"), reader.country("ix_country"))
            let routeServer = reader.bool("is_rs_peer")
            guard let network, let exchange, let asn else { return }
            self.data.presences.append(
                Presence(
                    asn: asn,
                    networkID: network,
                    place: .init(kind: .exchange, id: exchange, name: place.0, city: place.1, country: place.2),
                    routeServerPeer: routeServer,
                    recordID: id,
                    origin: origin
                )
            )
        default:
            let network = reader.integer("net_id")
            let facility = reader.integer("fac_id")
            let asnKey = reader.fields["local_asn"] != nil ? "local_asn" : "asn"
            if reader.fields[asnKey] == nil { reader.fail("local_asn", "missing: expected the network's AS number (local_asn or asn)") }
            let asn = reader.asn(asnKey, required: false)
            let place = (reader.string("name"), reader.string("city"), reader.country("country"))
            guard let network, let facility, let asn else { return }
            self.data.presences.append(
                Presence(
                    asn: asn,
                    networkID: network,
                    place: .init(kind: .facility, id: facility, name: place.0, city: place.1, country: place.2),
                    routeServerPeer: nil,
                    recordID: id,
                    origin: origin
                )
            )
        }
    }

    /// The data read, or every error found.
    func finish() throws(InputErrors) -> PeeringDBData {
        guard self.errors.isEmpty else { throw InputErrors(self.errors) }
        let places = Dictionary(self.data.places.map { ($0.place.ref, $0.place) }, uniquingKeysWith: { first, _ in first })
        var data = self.data
        for index in data.presences.indices {
            guard let known = places[data.presences[index].place.ref] else { continue }
            data.presences[index].place.name = data.presences[index].place.name ?? known.name
            data.presences[index].place.city = data.presences[index].place.city ?? known.city
            data.presences[index].place.country = data.presences[index].place.country ?? known.country
        }
        return data
    }
}
