import CleanCarrierCore
public import CleanCarrierStore
public import Foundation
public import Logging
public import PostgresNIO

/// Imports files and uploads as datasets, each in one transaction: the one dispatch on `DatasetKind`, which the
/// command line and the HTTP uploads share.
public struct ImportService: Sendable {
    public let client: PostgresClient
    let importer: DatasetImporter

    public init(client: PostgresClient) {
        self.client = client
        self.importer = DatasetImporter(client: client)
    }

    /// The kinds a tenant uploads its own of; the others are reference data, one for all.
    public static let tenantKinds: Set<DatasetKind> = [.interconnects, .voiceRoutes, .equipment, .cableCircuits]

    /// Refuses a tenant for a kind not uploaded per tenant.
    private static func checkTenant(_ tenant: String?, for kind: DatasetKind) throws(RequestRefusal) {
        guard tenant == nil || Self.tenantKinds.contains(kind) else {
            throw .refused("a tenant applies to \(Self.tenantKinds.map(\.rawValue).sorted().joined(separator: ", ")) only, not to \(kind.rawValue)")
        }
    }

    /// Imports `data`, read from `file`, as a dataset of `kind`.
    /// - Parameters:
    ///   - tenant: the uploading tenant, for the kinds in `tenantKinds`.
    ///   - ownParties: when given (a telco's upload), the entity ids and network references the records must be of:
    ///     an interconnect must name one as a party, a voice route's carrier and an equipment element's network must be one.
    ///   - audit: the audit event to append in the import's own transaction, made from its outcome (an upload's).
    /// - Throws: `RequestRefusal.refused` when a tenant is given for a kind that is not uploaded per tenant, or for `cables`
    ///   (imported from a folder, not from one file's bytes).
    public func importData(
        _ data: Data,
        file: String,
        kind: DatasetKind,
        tenant: String? = nil,
        ownParties: Set<String>? = nil,
        logger: Logger,
        audit: (@Sendable (ImportOutcome) -> AuditEntry)? = nil
    ) async throws -> ImportOutcome {
        try Self.checkTenant(tenant, for: kind)
        let importer = audit.map { self.importer.auditing($0) } ?? self.importer
        switch kind {
        case .registry: return try await importer.importRegistry(file: file, data: data, logger: logger)
        case .rirDelegated: return try await importer.importRIRDelegated(file: file, data: data, logger: logger)
        case .asNames: return try await importer.importASNames(file: file, data: data, logger: logger)
        case .asRelationships: return try await importer.importASRelationships(file: file, data: data, logger: logger)
        case .interconnects:
            return try await importer.importInterconnects(file: file, data: data, tenant: tenant, ownParties: ownParties, logger: logger)
        case .observedPaths: return try await importer.importObservedPaths(file: file, data: data, logger: logger)
        case .voiceRoutes:
            let ownCarriers: Set<EntityID>? = ownParties.map { parties in Set(parties.map { EntityID($0) }) }
            return try await importer.importVoiceRoutes(file: file, data: data, tenant: tenant, ownCarriers: ownCarriers, logger: logger)
        case .numberRanges: return try await importer.importNumberRanges(file: file, data: data, logger: logger)
        case .peeringDB: return try await importer.importPeeringDB(file: file, data: data, logger: logger)
        case .equipment:
            return try await importer.importEquipment(file: file, data: data, tenant: tenant, ownNetworks: ownParties, logger: logger)
        case .cableCircuits:
            return try await importer.importCableCircuits(file: file, data: data, tenant: tenant, ownParties: ownParties, logger: logger)
        case .cables: throw RequestRefusal.refused("cables is imported from a folder (importFiles), not from one file's bytes")
        }
    }

    /// Imports each file in turn (`.gz` and `.bz2` decompressed; for `cables`, each is a cable map folder), creating
    /// `tenant` first when it is missing.
    /// - Parameter progress: told of the tenant's creation and of each file's outcome, as they happen.
    /// - Throws: `InputError` for a file that cannot be read (the files before it stay imported).
    public func importFiles(
        _ files: [String],
        kind: DatasetKind,
        tenant: String? = nil,
        logger: Logger,
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> [ImportOutcome] {
        try Self.checkTenant(tenant, for: kind)
        if let tenant, try await TenantRepository(client: self.client).ensure(tenant, logger: logger) {
            progress(.createdTenant(tenant))
        }
        var outcomes: [ImportOutcome] = []
        for file in files {
            if kind == .cables {
                let (outcome, unmapped) = try await self.importer.importCables(folder: try CableMapFolder(path: file), logger: logger)
                progress(.imported(file: file, outcome))
                if !unmapped.isEmpty { progress(.ownersToReview(folder: file, unmapped)) }
                outcomes.append(outcome)
                continue
            }
            let data = try await InputFile.data(at: file)
            let outcome = try await self.importData(data, file: file, kind: kind, tenant: tenant, logger: logger)
            progress(.imported(file: file, outcome))
            outcomes.append(outcome)
        }
        return outcomes
    }

    /// Imports each file as `importFiles` does, and fails when one was rejected.
    /// - Throws: `ImportRejection` naming the rejected files, once every file has been tried.
    @discardableResult
    public func importFilesOrFail(
        _ files: [String],
        kind: DatasetKind,
        tenant: String? = nil,
        logger: Logger,
        progress: (ImportProgress) -> Void = { _ in }
    ) async throws -> [ImportOutcome] {
        let outcomes = try await self.importFiles(files, kind: kind, tenant: tenant, logger: logger, progress: progress)
        let rejected = zip(files, outcomes).filter { $0.1.status == .rejected }.map(\.0)
        guard rejected.isEmpty else { throw ImportRejection(files: rejected) }
        return outcomes
    }

    /// What the store holds of the public registries (RIR statistics and AS names).
    public func registrySummary(logger: Logger) async throws -> ASNRegistrationRepository.Summary {
        try await ASNRegistrationRepository(client: self.client).summary(logger: logger)
    }
}
