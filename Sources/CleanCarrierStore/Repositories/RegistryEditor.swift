public import CleanCarrierCore
import Foundation
public import Logging
public import PostgresNIO

/// Changes designations by making a new registry version: reads the active registry, changes it, and imports the
/// result as a new registry dataset (validated like any upload). Changes are serialised with an advisory lock, so two
/// regulators editing at once cannot lose each other's change.
public struct RegistryEditor: Sendable {
    /// Why a change was refused.
    public enum Refusal: Error, Sendable, Equatable, CustomStringConvertible {
        case noRegistry
        case unknownEntity(String)
        case duplicateDesignation(String)
        case unknownDesignation(String)
        case alreadyEnded(String, Day)
        case endNotAfterStart(String, Day)
        /// The changed registry did not validate.
        case rejected([InputError])

        public var description: String {
            switch self {
            case .noRegistry: "no registry has been imported yet"
            case .unknownEntity(let id): "the active registry has no entity '\(id)'"
            case .duplicateDesignation(let id): "a designation '\(id)' exists already"
            case .unknownDesignation(let id): "the active registry has no designation '\(id)'"
            case .alreadyEnded(let id, let day): "designation '\(id)' already ended on \(day)"
            case .endNotAfterStart(let id, let day): "designation '\(id)' takes effect on \(day): it must end after that"
            case .rejected(let errors): errors.map(\.description).joined(separator: "; ")
            }
        }
    }

    /// A key for `pg_advisory_lock` that only registry edits use.
    static let lockKey: Int64 = 0x436C_6561_6E52_6567  // "CleanReg"

    public let client: PostgresClient
    /// Who the audit log names for each change (`auditing(as:)`); `nil` writes no audit event.
    public private(set) var actor: AuditLog.Actor?

    public init(client: PostgresClient) {
        self.client = client
        self.actor = nil
    }

    /// This editor, appending a `designation.create` or `designation.end` event naming `actor` in the transaction that
    /// saves each new registry version.
    public func auditing(as actor: AuditLog.Actor) -> RegistryEditor {
        var editor = self
        editor.actor = actor
        return editor
    }

    /// Adds `designation` to the active registry.
    /// - Returns: the designation and the new registry version.
    public func add(_ designation: Designation, logger: Logger) async throws -> (Designation, version: Int64) {
        try await self.edit(file: "api:designation-create:\(designation.id)", action: "designation.create", logger: logger) {
            (registry: inout Registry) throws(Refusal) -> Designation in
            guard registry.entities.contains(where: { $0.id == designation.entity }) else { throw .unknownEntity(designation.entity.rawValue) }
            guard !registry.designations.contains(where: { $0.id == designation.id }) else { throw .duplicateDesignation(designation.id) }
            registry.designations.append(designation)
            return designation
        }
    }

    /// Ends designation `id` on `day` (its first day no longer in force).
    /// - Returns: the ended designation and the new registry version.
    public func end(designation id: String, on day: Day, logger: Logger) async throws -> (Designation, version: Int64) {
        try await self.edit(file: "api:designation-end:\(id)", action: "designation.end", logger: logger) {
            (registry: inout Registry) throws(Refusal) -> Designation in
            guard let index = registry.designations.firstIndex(where: { $0.id == id }) else { throw .unknownDesignation(id) }
            if let end = registry.designations[index].end { throw .alreadyEnded(id, end) }
            guard day > registry.designations[index].effective else { throw .endNotAfterStart(id, registry.designations[index].effective) }
            registry.designations[index].end = day
            return registry.designations[index]
        }
    }

    private func edit(
        file: String,
        action: String,
        logger: Logger,
        _ change: @Sendable (inout Registry) throws(Refusal) -> Designation
    ) async throws -> (Designation, version: Int64) {
        try await self.client.withConnection { lock in
            try await lock.withAdvisoryLock(Self.lockKey, logger: logger) {
                try await self.editLocked(file: file, action: action, logger: logger, change)
            }
        }
    }

    private func editLocked(
        file: String,
        action: String,
        logger: Logger,
        _ change: (inout Registry) throws(Refusal) -> Designation
    ) async throws -> (Designation, version: Int64) {
        let repository = RegistryRepository(client: self.client)
        guard let version = try await repository.activeVersion(logger: logger) else { throw Refusal.noRegistry }
        var registry = try await repository.registry(dataset: version, logger: logger)
        let designation = try change(&registry)
        let yaml = try RegistryYAMLWriter.yaml(registry)
        var importer = DatasetImporter(client: self.client)
        if let actor = self.actor {
            var details = [
                "entity": designation.entity.rawValue, "instrument": designation.instrument.rawValue, "effective": designation.effective.description,
            ]
            if let end = designation.end { details["end"] = end.description }
            let described = details
            importer = importer.auditing { outcome in
                AuditEntry(
                    actor,
                    action: action,
                    target: "designation:\(designation.id)",
                    details: described.merging(["registry_version": String(outcome.datasetID), "outcome": outcome.status.rawValue]) { $1 }
                )
            }
        }
        let outcome = try await importer.importRegistry(file: file, data: Data(yaml.utf8), logger: logger)
        guard outcome.status != .rejected else { throw Refusal.rejected(outcome.errors) }
        return (designation, outcome.datasetID)
    }
}
