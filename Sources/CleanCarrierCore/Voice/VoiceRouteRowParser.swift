/// Validates route CSV rows one at a time, remembering keys to refuse duplicates.
struct VoiceRouteRowParser {
    private struct Key: Hashable {
        var carrier: EntityID
        var prefix: E164Prefix
        var nextHop: EntityID
    }

    /// The largest priority or weight: the store keeps them as 32-bit integers.
    static let largest = Int(Int32.max)

    let file: String
    let columns: [String: Int]
    let width: Int
    let knownEntities: Set<EntityID>?
    /// The errors so far, in file order: the first `InputErrors.kept` of them, and how many in all.
    private(set) var errors = InputErrors([])
    private var seen: [Key: [(validity: Validity, window: TimeWindow?, line: Int)]] = [:]

    init(file: String, columns: [String: Int], width: Int, knownEntities: Set<EntityID>?, expectedRows: Int = 0) {
        self.file = file
        self.columns = columns
        self.width = width
        self.knownEntities = knownEntities
        self.seen.reserveCapacity(expectedRows)
    }

    /// The route on `record`, or `nil` after recording why it is refused.
    mutating func route(from record: DelimitedRecords.Record) -> VoiceRoute? {
        guard record.fields.count == self.width else {
            return self.fail(record, "line", "expected \(self.width) comma-separated fields, found \(record.fields.count)")
        }
        func field(_ name: String) -> Substring { self.columns[name].map { record.fields[$0].trimmingWhitespace } ?? "" }
        guard let carrier = self.entity(field("carrier"), "carrier", record) else { return nil }
        guard let prefix = E164Prefix(parsing: field("prefix")) else {
            return self.fail(record, "prefix", "'\(field("prefix"))' is not E.164 digits (1 to 15 digits, optional leading +)")
        }
        guard let nextHop = self.entity(field("next_hop"), "next_hop", record) else { return nil }
        guard nextHop != carrier else { return self.fail(record, "next_hop", "a carrier cannot route to itself ('\(carrier)')") }
        guard let priority = Int(field("priority")), (0...Self.largest).contains(priority) else {
            return self.fail(record, "priority", "'\(field("priority"))' is not a whole number from 0 to \(Self.largest)")
        }
        guard let weight = Int(field("weight")), (0...Self.largest).contains(weight) else {
            return self.fail(record, "weight", "'\(field("weight"))' is not a whole number from 0 to \(Self.largest)")
        }
        var validity = Validity.always
        for (name, isStart) in [("valid_from", true), ("valid_to", false)] where !field(name).isEmpty {
            guard let day = Day(iso: field(name)) else { return self.fail(record, name, "'\(field(name))' is not a date (YYYY-MM-DD)") }
            if isStart { validity.from = day } else { validity.to = day }
        }
        if let from = validity.from, let to = validity.to, to <= from {
            return self.fail(record, "valid_to", "\(to) is not after valid_from \(from)")
        }
        var window: TimeWindow?
        if !field("time_window").isEmpty {
            do throws(TimeWindow.ParseError) { window = try TimeWindow(parsing: field("time_window")) } catch {
                return self.fail(record, "time_window", error.description)
            }
        }
        let key = Key(carrier: carrier, prefix: prefix, nextHop: nextHop)
        let clash = self.seen[key]?.first { earlier in
            earlier.validity.overlaps(validity) && (earlier.window == nil || window == nil || earlier.window == window)
        }
        if let clash {
            return self.fail(record, "next_hop", "duplicate route \(carrier),\(prefix),\(nextHop) (first on line \(clash.line))")
        }
        self.seen[key, default: []].append((validity, window, record.line))
        return VoiceRoute(
            carrier: carrier,
            prefix: prefix,
            nextHop: nextHop,
            priority: priority,
            weight: weight,
            validity: validity,
            window: window,
            line: record.line
        )
    }

    private mutating func entity(_ text: Substring, _ field: String, _ record: DelimitedRecords.Record) -> EntityID? {
        let id = EntityID(String(text))
        guard id.isWellFormed else { return self.fail(record, field, "'\(text)' is not an entity id (lowercase letters, digits and dashes)") }
        if let known = self.knownEntities, !known.contains(id) { return self.fail(record, field, "unknown entity '\(id)'") }
        return id
    }

    private mutating func fail<T>(_ record: DelimitedRecords.Record, _ field: String, _ message: String) -> T? {
        self.errors.record(InputError(file: self.file, line: record.line, field: field, message: message))
        return nil
    }
}
