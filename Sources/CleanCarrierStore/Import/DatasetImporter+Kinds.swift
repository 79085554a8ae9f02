import CleanCarrierCore
public import Foundation
public import Logging
import PostgresNIO

extension DatasetImporter {
    /// Imports a registry file (YAML); checks references, overlaps and ownership cycles before loading.
    public func importRegistry(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .registry, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let result = try RegistryYAMLReader.read(text, file: file)
            let problems = RegistryValidator.problems(in: result.registry, lines: result.lines, file: file)
            let errors = problems.filter { $0.level == .error }.map(\.error)
            guard errors.isEmpty else { throw InputErrors(errors) }
            for warning in problems where warning.level == .warning {
                logger.warning("Registry needs review", metadata: ["problem": "\(warning.error)"])
            }
            let registry = result.registry
            let lines = result.lines
            let rows = registry.entities.count + registry.links.count + registry.identifiers.count + registry.designations.count
            return Parsed(rows: rows, asOf: nil, scope: "") { id in RegistryRows.batches(registry, lines: lines, dataset: id) }
        }
    }

    /// Imports one RIR's delegated-extended statistics file; each RIR's file is kept side by side (scope = the RIR).
    public func importRIRDelegated(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .rirDelegated, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let registrations = try RIRDelegatedReader.registrations(in: text, file: file)
            let scope = Set(registrations.map(\.rir)).sorted().joined(separator: "+")
            return Parsed(rows: registrations.count, asOf: nil, scope: scope) { id in
                var batch = CopyBatch(
                    table: "asn_registrations",
                    columns: ["dataset_id", "asn", "rir", "country", "status", "registered", "holder_id", "line"]
                )
                var seen = Set<ASN>()
                for registration in registrations where seen.insert(registration.asn).inserted {
                    batch.append([
                        String(id), String(registration.asn.rawValue), registration.rir, registration.country, registration.status,
                        registration.registered?.description, registration.holderID, String(registration.line),
                    ])
                }
                return [batch]
            }
        }
    }

    /// Imports a CAIDA AS-relationship file (serial-1 or serial-2).
    public func importASRelationships(file: String, data: Data, logger: Logger) async throws -> ImportOutcome {
        try await self.importFile(kind: .asRelationships, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let parsed = try ASRelationshipParser().parse(Data(text.utf8), name: file)
            _ = try ASGraph(links: parsed.links, file: file)  // rejects conflicting relationships and provider cycles, by line
            return Parsed(rows: parsed.links.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(table: "as_links", columns: ["dataset_id", "a", "b", "rel", "source", "line"])
                let dataset = String(id)
                for link in parsed.links {
                    batch.append([
                        dataset, String(link.first.rawValue), String(link.second.rawValue), link.kind == .peer ? "0" : "-1",
                        parsed.source(of: link), String(link.line),
                    ])
                }
                return [batch]
            }
        }
    }

    /// Imports declared interconnects (CSV); entity parties must exist in the active registry.
    /// - Parameter ownParties: when given (a telco's upload), every line must name one of these (entity ids or
    ///   `AS...` references) as a party.
    public func importInterconnects(
        file: String,
        data: Data,
        tenant: String? = nil,
        ownParties: Set<String>? = nil,
        logger: Logger
    ) async throws -> ImportOutcome {
        let known = try await self.activeEntityIDs(logger: logger)
        return try await self.importFile(kind: .interconnects, tenant: tenant, file: file, data: data, logger: logger) { (text) throws(InputErrors) in
            let interconnects = try InterconnectCSVReader.interconnects(in: text, file: file)
            var errors: [InputError] = []
            for interconnect in interconnects {
                if let ownParties, !ownParties.contains(interconnect.partyA.description), !ownParties.contains(interconnect.partyB.description) {
                    errors.append(
                        InputError(
                            file: file,
                            line: interconnect.origin.line,
                            field: "party_a",
                            message: "neither party is one of the uploader's entities or networks"
                        )
                    )
                }
                for (field, party) in [("party_a", interconnect.partyA), ("party_b", interconnect.partyB)] {
                    if case .entity(let id) = party, !known.contains(id) {
                        errors.append(
                            InputError(
                                file: file,
                                line: interconnect.origin.line,
                                field: field,
                                message: "unknown entity '\(id)': not in the active registry"
                            )
                        )
                    }
                }
            }
            guard errors.isEmpty else { throw InputErrors(errors) }
            return Parsed(rows: interconnects.count, asOf: nil, scope: "") { id in
                var batch = CopyBatch(
                    table: "interconnects",
                    columns: ["dataset_id", "party_a", "party_b", "kind", "facility", "city", "country", "started", "ended", "line"]
                )
                for interconnect in interconnects {
                    batch.append([
                        String(id), interconnect.partyA.description, interconnect.partyB.description, interconnect.kind.rawValue,
                        interconnect.facility, interconnect.city, interconnect.country, interconnect.validity.from?.description,
                        interconnect.validity.to?.description, interconnect.origin.line.map(String.init),
                    ])
                }
                return [batch]
            }
        }
    }

    func activeEntityIDs(logger: Logger) async throws -> Set<EntityID> {
        var ids = Set<EntityID>()
        let rows = try await self.client.query(
            "SELECT e.id FROM entities e JOIN datasets d ON d.id = e.dataset_id WHERE d.kind = 'registry' AND d.status = 'active'",
            logger: logger
        )
        for try await id in rows.decode(String.self) { ids.insert(EntityID(id)) }
        return ids
    }
}
