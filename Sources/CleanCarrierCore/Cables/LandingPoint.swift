/// A place where submarine cables come ashore.
public struct LandingPoint: Hashable, Sendable, Codable {
    /// The map's stable id, e.g. `hermosa-beach-ca-united-states`.
    public var id: String
    /// The map's name, e.g. `Hermosa Beach, CA, United States`.
    public var name: String
    /// The name without its country, e.g. `Hermosa Beach, CA`.
    public var city: String
    /// The country as the map names it.
    public var countryName: String
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var latitude: Double?
    public var longitude: Double?
    public var origin: RecordOrigin

    public init(
        id: String,
        name: String,
        city: String,
        countryName: String,
        country: String,
        latitude: Double? = nil,
        longitude: Double? = nil,
        origin: RecordOrigin
    ) {
        self.id = id
        self.name = name
        self.city = city
        self.countryName = countryName
        self.country = country
        self.latitude = latitude
        self.longitude = longitude
        self.origin = origin
    }

    /// `Hermosa Beach, CA (US)`.
    public var label: String { "\(self.city) (\(self.country))" }
}
