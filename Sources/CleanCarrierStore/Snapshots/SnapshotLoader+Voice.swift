import CleanCarrierCore
import Logging
import PostgresNIO

extension SnapshotLoader {
    /// Every route of the active voice-routes datasets (all tenants), each naming its dataset, in dataset and line order.
    func voiceRoutes(in datasets: [Snapshot.DatasetRef], logger: Logger) async throws -> [VoiceRoute] {
        var routes: [VoiceRoute] = []
        for dataset in datasets where dataset.kind == DatasetKind.voiceRoutes.rawValue {
            let rows = try await self.client.query(
                """
                SELECT carrier, prefix, next_hop, priority, weight, valid_from::text, valid_to::text, time_window, line
                FROM voice_routes WHERE dataset_id = \(dataset.id) ORDER BY line
                """,
                logger: logger
            )
            for try await (carrier, prefix, nextHop, priority, weight, from, to, window, line) in rows.decode(
                (String, String, String, Int, Int, String?, String?, String?, Int).self
            ) {
                guard let parsed = E164Prefix(parsing: prefix) else {
                    throw UnreadableStoredValue(table: "voice_routes", column: "prefix", value: prefix)
                }
                var timeWindow: TimeWindow?
                if let window {
                    do { timeWindow = try TimeWindow(parsing: window) } catch {
                        throw UnreadableStoredValue(table: "voice_routes", column: "time_window", value: window)
                    }
                }
                routes.append(
                    VoiceRoute(
                        carrier: EntityID(carrier),
                        prefix: parsed,
                        nextHop: EntityID(nextHop),
                        priority: priority,
                        weight: weight,
                        validity: try UnreadableStoredValue.validity(from, to, table: "voice_routes"),
                        window: timeWindow,
                        line: line,
                        dataset: dataset.id
                    )
                )
            }
        }
        return routes
    }

    /// Every range of the active number-ranges datasets, libphonenumber's first, so operator ranges win on a shared prefix.
    func numberRanges(in datasets: [Snapshot.DatasetRef], logger: Logger) async throws -> [NumberRange] {
        var ranges: [NumberRange] = []
        let rangeDatasets = datasets.filter { $0.kind == DatasetKind.numberRanges.rawValue }
        var formats: [Int64: String] = [:]
        let rows = try await self.client.query("SELECT id, format FROM datasets WHERE id = ANY(\(rangeDatasets.map(\.id)))", logger: logger)
        for try await (id, format) in rows.decode((Int64, String).self) { formats[id] = format }
        let ordered = rangeDatasets.sorted {
            ((formats[$0.id] == NumberRangeReader.Format.libphonenumber.rawValue ? 0 : 1), $0.id)
                < ((formats[$1.id] == NumberRangeReader.Format.libphonenumber.rawValue ? 0 : 1), $1.id)
        }
        for dataset in ordered {
            let rows = try await self.client.query(
                "SELECT prefix, country_code, entity, carrier, line FROM number_ranges WHERE dataset_id = \(dataset.id) ORDER BY line",
                logger: logger
            )
            for try await (prefix, code, entity, carrier, line) in rows.decode((String, Int?, String?, String, Int).self) {
                guard let parsed = E164Prefix(parsing: prefix) else {
                    throw UnreadableStoredValue(table: "number_ranges", column: "prefix", value: prefix)
                }
                ranges.append(
                    NumberRange(
                        prefix: parsed,
                        countryCode: code,
                        carrier: carrier,
                        entity: entity.map { EntityID($0) },
                        line: line,
                        dataset: dataset.id
                    )
                )
            }
        }
        return ranges
    }
}
