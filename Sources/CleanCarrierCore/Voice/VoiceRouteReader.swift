import Foundation

/// Reads voice route tables: CSV `carrier,prefix,next_hop,priority,weight[,valid_from,valid_to][,time_window]`
/// (docs/FORMATS.md, "Voice routes"), every error pinned to its line and field.
public enum VoiceRouteReader {
    /// The required columns, in their usual order.
    public static let requiredColumns = ["carrier", "prefix", "next_hop", "priority", "weight"]

    /// Reads route CSV text. `valid_from`/`valid_to` columns are optional and may be empty (open bound), as is
    /// `time_window` (see ``TimeWindow``); a (carrier, prefix, next_hop) key may repeat only with validity ranges that
    /// do not overlap, or with different time windows.
    public static func readCSV(_ text: String, file: String, knownEntities: Set<EntityID>? = nil) throws(InputErrors) -> [VoiceRoute] {
        guard let table = DelimitedRecords(text: text, separator: ",") else {
            throw InputErrors([
                InputError(
                    file: file,
                    line: 1,
                    field: "header",
                    message: "the file is empty: expected the header \(Self.requiredColumns.joined(separator: ","))"
                )
            ])
        }
        let columns = table.columns(Self.requiredColumns + ["valid_from", "valid_to", "time_window"])
        let missing = Self.requiredColumns.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw InputErrors([
                InputError(file: file, line: table.headerLine, field: "header", message: "missing column(s) \(missing.joined(separator: ", "))")
            ])
        }
        var parser = VoiceRouteRowParser(
            file: file,
            columns: columns,
            width: table.header.count,
            knownEntities: knownEntities,
            expectedRows: table.records.count
        )
        var routes: [VoiceRoute] = []
        routes.reserveCapacity(table.records.count)
        for record in table.records {
            if let route = parser.route(from: record) { routes.append(route) }
        }
        guard parser.errors.isEmpty else { throw parser.errors }
        return routes
    }
}
