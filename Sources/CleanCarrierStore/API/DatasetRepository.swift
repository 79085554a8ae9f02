import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Reads dataset rows: listings and single datasets with their errors.
public struct DatasetRepository: Sendable {
    /// What to list.
    public struct Filter: Sendable {
        /// Only this tenant's datasets (for a telco); `nil` for every dataset.
        public var tenant: String?
        public var kind: String?
        public var status: String?

        public init(tenant: String?, kind: String?, status: String?) {
            self.tenant = tenant
            self.kind = kind
            self.status = status
        }
    }

    public let client: PostgresClient

    public init(client: PostgresClient) { self.client = client }

    private static let columns = "id, kind, format, tenant_id, scope, file_name, sha256, rows, as_of::text, received_at, status, errors::text"

    /// Up to `limit` datasets older than dataset `before`, newest first.
    public func page(_ filter: Filter, limit: Int, before: Int64?, logger: Logger) async throws -> [DatasetRecord] {
        try await self.records(
            """
            SELECT \(unescaped: Self.columns) FROM datasets
            WHERE (\(filter.tenant)::text IS NULL OR tenant_id = \(filter.tenant)) AND (\(filter.kind)::text IS NULL OR kind = \(filter.kind))
            AND (\(filter.status)::text IS NULL OR status = \(filter.status)) AND (\(before)::bigint IS NULL OR id < \(before))
            ORDER BY id DESC LIMIT \(limit)
            """, logger: logger)
    }

    /// Dataset `id`, when it exists and, for `tenant`, belongs to it.
    public func dataset(id: Int64, tenant: String?, logger: Logger) async throws -> DatasetRecord? {
        try await self.records(
            "SELECT \(unescaped: Self.columns) FROM datasets WHERE id = \(id) AND (\(tenant)::text IS NULL OR tenant_id = \(tenant))", logger: logger
        ).first
    }

    private func records(_ query: PostgresQuery, logger: Logger) async throws -> [DatasetRecord] {
        let decoder = JSONDecoder()
        var records: [DatasetRecord] = []
        for try await (id, kind, format, tenant, scope, file, sha, rows, asOf, received, status, errors) in try await self.client.query(
            query, logger: logger
        ).decode((Int64, String, String, String?, String, String, String, Int, String?, Date, String, String).self) {
            records.append(
                DatasetRecord(
                    id: id, kind: kind, format: format, tenant: tenant, scope: scope, fileName: file, sha256: sha, rows: rows,
                    asOf: asOf.flatMap { Day(iso: $0) }, receivedAt: received, status: status,
                    errors: (try? decoder.decode([InputError].self, from: Data(errors.utf8))) ?? []))
        }
        return records
    }
}
