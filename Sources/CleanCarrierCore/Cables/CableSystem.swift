/// A submarine cable system: its landing points, owners and dates, as a cable map (TeleGeography's) describes it.
public struct CableSystem: Hashable, Sendable, Codable {
    /// The map's stable id, e.g. `new-cross-pacific-ncp-cable-system`.
    public var id: String
    public var name: String
    /// The length as the map writes it, e.g. `13,618 km`.
    public var length: String?
    /// The ready-for-service year, when known.
    public var readyForServiceYear: Int?
    /// Whether the map lists the cable as planned (not yet in service when the map was made).
    public var isPlanned: Bool
    /// The first day no longer in service, when the cable is retired.
    public var retired: Day?
    /// The landing point ids, in the map's order.
    public var landingPoints: [String]
    /// The owners as the map names them, in its order.
    public var owners: [CableOwner]
    /// The suppliers as the map writes them.
    public var suppliers: String?
    /// The cable's file and dataset.
    public var origin: RecordOrigin

    public init(
        id: String,
        name: String,
        length: String? = nil,
        readyForServiceYear: Int?,
        isPlanned: Bool,
        retired: Day? = nil,
        landingPoints: [String],
        owners: [CableOwner],
        suppliers: String? = nil,
        origin: RecordOrigin
    ) {
        self.id = id
        self.name = name
        self.length = length
        self.readyForServiceYear = readyForServiceYear
        self.isPlanned = isPlanned
        self.retired = retired
        self.landingPoints = landingPoints
        self.owners = owners
        self.suppliers = suppliers
        self.origin = origin
    }

    /// The days the cable counts: from 1 January of its ready-for-service year (a cable in service without one always
    /// has) until it is retired; `nil` for a planned cable without a year, which never counts.
    public var service: Validity? {
        let start = self.readyForServiceYear.flatMap { Day(year: $0, month: 1, day: 1) }
        if self.isPlanned, start == nil { return nil }
        return Validity(from: start, to: self.retired)
    }

    /// Whether the cable carries traffic on `day`.
    public func isInService(on day: Day) -> Bool { self.service?.contains(day) ?? false }

    /// `in service since 2018`, `planned for 2024`, `retired 2024-01-01`, as of `day`.
    public func status(on day: Day) -> String {
        if let retired, day >= retired { return "retired \(retired)" }
        let year = self.readyForServiceYear.map(String.init) ?? "an unknown year"
        return self.isInService(on: day) ? "in service since \(year)" : "planned for \(year)"
    }
}
