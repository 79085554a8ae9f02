public import CleanCarrierCore
import Crypto
public import Foundation
public import Logging
public import PostgresNIO

/// Imports one file as one dataset, all or nothing.
///
/// Identical bytes imported before are a no-op. Bad input is rejected with every error found, leaving only the
/// dataset row and its errors. Good input is loaded with COPY in one transaction that also makes it the active
/// dataset of its kind (the previous one becomes superseded). The bytes are decoded in the kind's encoding
/// (`DatasetKind.encoding`: UTF-8, Latin-1 for the AS-names list).
public struct DatasetImporter: Sendable {
    public let client: PostgresClient
    /// The audit entry each import appends in its own transaction, made from its outcome (`auditing(_:)`).
    public private(set) var audit: (@Sendable (ImportOutcome) -> AuditEntry)?

    public init(client: PostgresClient) {
        self.client = client
        self.audit = nil
    }

    /// This importer, appending `entry(outcome)` to the audit log in the transaction of each import (imported,
    /// unchanged or rejected alike).
    public func auditing(_ entry: @escaping @Sendable (ImportOutcome) -> AuditEntry) -> DatasetImporter {
        var importer = self
        importer.audit = entry
        return importer
    }

    /// A parsed file, ready to be written under its dataset id.
    public struct Parsed: Sendable {
        var rows: Int
        var asOf: Day?
        var scope: String
        var batches: @Sendable (Int64) -> [CopyBatch]
    }

    /// Imports `data`, read from `file`.
    /// - Parameters:
    ///   - kind: the dataset kind.
    ///   - format: the file's format, when the kind reads more than one (default: the kind's).
    ///   - tenant: the uploading tenant, `nil` for the regulator's own imports.
    ///   - parse: turns the file's text into rows, or throws the file's input errors.
    public func importFile(
        kind: DatasetKind,
        format: String? = nil,
        tenant: String? = nil,
        file: String,
        data: Data,
        logger: Logger,
        parse: (String) throws(InputErrors) -> Parsed
    ) async throws -> ImportOutcome {
        let started = ContinuousClock.now
        let sha = SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
        let storedFile = InputError.storable(file)
        let parsed: Parsed
        do throws(InputErrors) {
            let text: String
            do { text = try kind.encoding.decode(data, file: file) } catch { throw InputErrors([error]) }
            parsed = try parse(text)
        } catch {
            return try await self.rejected(
                kind: kind,
                format: format ?? kind.format,
                tenant: tenant,
                file: storedFile,
                sha: sha,
                errors: error.errors,
                total: error.total,
                started: started,
                logger: logger
            )
        }
        let outcome: ImportOutcome
        do {
            outcome = try await self.client.withTransaction(logger: logger) { connection -> ImportOutcome in
                let outcome = try await self.load(
                    parsed,
                    kind: kind,
                    format: format,
                    tenant: tenant,
                    file: storedFile,
                    sha: sha,
                    on: connection,
                    logger: logger
                )
                if let audit = self.audit { try await audit(outcome).write(on: connection, logger: logger) }
                return outcome
            }
        } catch let error as PostgresTransactionError {
            // A value PostgreSQL cannot store (a NUL character, from raw bytes or a JSON or YAML escape) is the file's fault:
            // the transaction is rolled back and the file rejected, naming the place, like any other input error.
            guard let nul = error.closureError as? UnstorableNUL else { throw error }
            let problem = InputError(
                file: file,
                line: nul.line,
                field: nul.column,
                message: "holds a NUL character (U+0000), which a text field cannot store"
            )
            return try await self.rejected(
                kind: kind,
                format: format ?? kind.format,
                tenant: tenant,
                file: storedFile,
                sha: sha,
                errors: [problem],
                started: started,
                logger: logger
            )
        }
        var result = outcome
        result.seconds = Self.seconds(since: started)
        logger.info(
            "Imported dataset",
            metadata: [
                "dataset.id": "\(result.datasetID)", "dataset.kind": "\(kind.rawValue)", "status": "\(result.status.rawValue)",
                "rows": "\(result.rows)",
            ]
        )
        return result
    }

    /// Inside the import's transaction: makes the parsed file the active dataset of its kind and loads its rows, or finds
    /// the identical dataset imported before.
    private func load(
        _ parsed: Parsed,
        kind: DatasetKind,
        format: String?,
        tenant: String?,
        file: String,
        sha: String,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> ImportOutcome {
        try await Self.serialize(kind: kind, tenant: tenant, scope: parsed.scope, on: connection, logger: logger)
        let existing = try await connection.query(
            """
            SELECT id, rows, status FROM datasets WHERE kind = \(kind.rawValue) AND coalesce(tenant_id, '') = \(tenant ?? "")
            AND scope = \(parsed.scope) AND sha256 = \(sha) AND status IN ('active', 'superseded') FOR UPDATE
            """,
            logger: logger
        )
        for try await (id, rows, status) in existing.decode((Int64, Int, String).self) {
            if status == "superseded" { try await self.activate(id, kind: kind, tenant: tenant, scope: parsed.scope, on: connection, logger: logger) }
            return ImportOutcome(datasetID: id, status: .unchanged, rows: rows, errors: [], seconds: 0)
        }
        try await connection.query(
            """
            UPDATE datasets SET status = 'superseded' WHERE kind = \(kind.rawValue) AND coalesce(tenant_id, '') = \(tenant ?? "")
            AND scope = \(parsed.scope) AND status = 'active'
            """,
            logger: logger
        )
        let id = try await connection.query(
            """
            INSERT INTO datasets (kind, format, tenant_id, scope, file_name, sha256, rows, as_of, status)
            VALUES (\(kind.rawValue), \(format ?? kind.format), \(tenant), \(parsed.scope), \(file), \(sha), \(parsed.rows),
                    \(parsed.asOf?.description)::date, 'active') RETURNING id
            """,
            logger: logger
        ).requiredRow(Int64.self, statement: "INSERT INTO datasets")
        let batches = parsed.batches(id)
        if let nul = batches.lazy.compactMap(\.firstNUL).first { throw UnstorableNUL(column: nul.column, line: nul.line) }
        for batch in batches { try await batch.copy(on: connection, logger: logger) }
        return ImportOutcome(datasetID: id, status: .imported, rows: parsed.rows, errors: [], seconds: 0)
    }

    /// Records a rejected file (its dataset row and errors, nothing else).
    private func rejected(
        kind: DatasetKind,
        format: String,
        tenant: String?,
        file: String,
        sha: String,
        errors: [InputError],
        total: Int? = nil,
        started: ContinuousClock.Instant,
        logger: Logger
    ) async throws -> ImportOutcome {
        let total = max(total ?? errors.count, errors.count)
        let kept = errors.prefix(InputErrors.kept).map(\.storable)
        let outcome = try await self.client.withTransaction(logger: logger) { connection -> ImportOutcome in
            let id = try await Self.reject(
                kind: kind,
                format: format,
                tenant: tenant,
                file: file,
                sha: sha,
                errors: kept,
                errorCount: total,
                on: connection,
                logger: logger
            )
            var outcome = ImportOutcome(datasetID: id, status: .rejected, rows: 0, errors: kept, seconds: Self.seconds(since: started))
            outcome.errorCount = total
            if let audit = self.audit { try await audit(outcome).write(on: connection, logger: logger) }
            return outcome
        }
        logger.warning("Rejected input", metadata: ["dataset.id": "\(outcome.datasetID)", "file": "\(file)", "errors": "\(total)"])
        return outcome
    }

    /// A field of a parsed file holds a NUL character.
    private struct UnstorableNUL: Error {
        var column: String
        var line: Int?
    }

    private func activate(
        _ id: Int64,
        kind: DatasetKind,
        tenant: String?,
        scope: String,
        on connection: PostgresConnection,
        logger: Logger
    )
        async throws
    {
        try await connection.query(
            """
            UPDATE datasets SET status = 'superseded' WHERE kind = \(kind.rawValue) AND coalesce(tenant_id, '') = \(tenant ?? "")
            AND scope = \(scope) AND status = 'active'
            """,
            logger: logger
        )
        try await connection.query("UPDATE datasets SET status = 'active' WHERE id = \(id)", logger: logger)
    }

    private static func reject(
        kind: DatasetKind,
        format: String,
        tenant: String?,
        file: String,
        sha: String,
        errors: [InputError],
        errorCount: Int,
        on connection: PostgresConnection,
        logger: Logger
    ) async throws -> Int64 {
        let json = String(decoding: try JSONEncoder().encode(errors), as: UTF8.self)
        let rows = try await connection.query(
            """
            INSERT INTO datasets (kind, format, tenant_id, file_name, sha256, status, errors, error_count)
            VALUES (\(kind.rawValue), \(format), \(tenant), \(file), \(sha), 'rejected', \(json)::jsonb, \(errorCount)) RETURNING id
            """,
            logger: logger
        )
        return try await rows.requiredRow(Int64.self, statement: "INSERT INTO datasets (rejected)")
    }

    private static func seconds(since start: ContinuousClock.Instant) -> Double {
        let (seconds, attoseconds) = (ContinuousClock.now - start).components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
