import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Reads dataset rows: listings and single datasets with their errors.
public struct DatasetRepository: Sendable {
    /// What to list.
    public struct Filter: Sendable {
        /// Only what this tenant may see (for a telco): its own datasets and the public reference datasets; `nil`
        /// for every dataset.
        public var tenant: String?
        public var kind: DatasetKind?
        public var status: DatasetStatus?

        public init(tenant: String?, kind: DatasetKind?, status: DatasetStatus?) {
            self.tenant = tenant
            self.kind = kind
            self.status = status
        }
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private static let columns =
        "id, kind, format, tenant_id, scope, file_name, sha256, rows, as_of::text, received_at, status, errors::text, error_count"

    /// Up to `limit` datasets older than dataset `before`, newest first.
    public func page(_ filter: Filter, limit: Int, before: Int64?, logger: Logger) async throws -> [DatasetRecord] {
        try await self.records(
            """
            SELECT \(unescaped: Self.columns) FROM datasets
            WHERE (\(filter.tenant)::text IS NULL OR tenant_id = \(filter.tenant)
                OR (tenant_id IS NULL AND kind = ANY(\(Self.publicReferenceKinds)) AND status IN ('active', 'superseded')))
            AND (\(filter.kind?.rawValue)::text IS NULL OR kind = \(filter.kind?.rawValue))
            AND (\(filter.status?.rawValue)::text IS NULL OR status = \(filter.status?.rawValue)) AND (\(before)::bigint IS NULL OR id < \(before))
            ORDER BY id DESC LIMIT \(limit)
            """,
            logger: logger
        )
    }

    /// Dataset `id`, when it exists and `tenant` (when given) may see it.
    public func dataset(id: Int64, tenant: String?, logger: Logger) async throws -> DatasetRecord? {
        try await self.records(
            """
            SELECT \(unescaped: Self.columns) FROM datasets WHERE id = \(id) AND (\(tenant)::text IS NULL OR tenant_id = \(tenant)
                OR (tenant_id IS NULL AND kind = ANY(\(Self.publicReferenceKinds)) AND status IN ('active', 'superseded')))
            """,
            logger: logger
        ).first
    }

    /// The kinds of public reference data, which every tenant may see once loaded: the registry, RIR statistics, AS
    /// names and relationships, route-collector paths, number ranges and PeeringDB. Interconnects and voice routes
    /// are operators' own records.
    public static let publicReferenceKinds: [String] = [
        DatasetKind.registry, .rirDelegated, .asNames, .asRelationships, .observedPaths, .numberRanges, .peeringDB,
    ].map(\.rawValue)

    /// The ids of the loaded datasets `tenant` may see: its own and the public reference datasets.
    public func visibleIDs(tenant: String, logger: Logger) async throws -> Set<Int64> {
        var ids = Set<Int64>()
        for try await id in try await self.client.query(
            """
            SELECT id FROM datasets WHERE status IN ('active', 'superseded') AND (tenant_id = \(tenant)
                OR (tenant_id IS NULL AND kind = ANY(\(Self.publicReferenceKinds))))
            """,
            logger: logger
        ).decode(Int64.self) {
            ids.insert(id)
        }
        return ids
    }

    private func records(_ query: PostgresQuery, logger: Logger) async throws -> [DatasetRecord] {
        let decoder = JSONDecoder()
        var records: [DatasetRecord] = []
        for try await (id, kind, format, tenant, scope, file, sha, rows, asOf, received, status, errors, errorCount) in try await self.client.query(
            query,
            logger: logger
        ).decode((Int64, DatasetKind, String, String?, String, String, String, Int, String?, Date, DatasetStatus, String, Int).self) {
            var record = DatasetRecord(
                id: id,
                kind: kind,
                format: format,
                tenant: tenant,
                scope: scope,
                fileName: file,
                sha256: sha,
                rows: rows,
                asOf: try UnreadableStoredValue.day(asOf, table: "datasets", column: "as_of"),
                receivedAt: received,
                status: status,
                errors: try Self.errors(errors, decoder: decoder)
            )
            record.errorCount = errorCount
            records.append(record)
        }
        return records
    }

    /// The errors a dataset row keeps, as JSON.
    /// - Throws: `UnreadableStoredValue` for JSON that is not a list of line errors.
    private static func errors(_ json: String, decoder: JSONDecoder) throws(UnreadableStoredValue) -> [InputError] {
        do { return try decoder.decode([InputError].self, from: Data(json.utf8)) } catch {
            throw UnreadableStoredValue(table: "datasets", column: "errors", value: json)
        }
    }
}
