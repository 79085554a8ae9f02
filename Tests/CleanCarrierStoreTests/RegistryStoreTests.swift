import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The registry through the store: conflicting sources, validity boundaries, and versions.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct RegistryStoreTests {
    /// AS64500 is claimed by a designated carrier (`first` confidence) and a US one (`second` confidence); the US
    /// one's claim starts on 2020-01-01, the day the designated carrier's ends when `handover` is set.
    static func yaml(first: String, second: String, handover: Bool = false) -> String {
        """
        entities:
          - {id: red-carrier, name: Red Carrier, country: CN}
          - {id: blue-carrier, name: Blue Carrier, country: US}
        identifiers:
          - {kind: asn, value: AS64500, holder: red-carrier, source: RIR, confidence: \(first)\(handover ? ", valid_to: 2020-01-01" : "")}
          - {kind: asn, value: "64500", holder: blue-carrier, source: name match, confidence: \(second), valid_from: 2020-01-01}
        designations:
          - {id: red, entity: red-carrier, instrument: regulator-defined, effective: 2019-06-01, citation: Order 1}
        """
    }

    static func load(_ client: PostgresClient, on day: String) async throws -> EvaluationContext {
        EvaluationContext(snapshot: try await SnapshotLoader(client: client).load(asOf: Day(iso: day)!, logger: TestDatabase.logger))
    }

    @Test func conflictingSourcesAreKeptAndTheMostConfidentOneDecides() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let importer = DatasetImporter(client: client)
            let outcome = try await importer.importRegistry(
                file: "r.yaml",
                data: Data(Self.yaml(first: "verified", second: "inferred-by-name").utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .imported)
            for try await (holder, confidence) in try await client.query(
                "SELECT string_agg(holder_id, ',' ORDER BY holder_id), string_agg(confidence, ',' ORDER BY holder_id) FROM identifiers WHERE value = '64500'",
                logger: TestDatabase.logger
            ).decode((String, String).self) {
                #expect(holder == "blue-carrier,red-carrier")
                #expect(confidence == "inferred-by-name,verified")
            }
            let context = try await Self.load(client, on: "2021-01-01")
            #expect(context.index.holder(of: ASN(64500), on: Day(iso: "2021-01-01")!)?.holder == "red-carrier")
            #expect(context.untrusted.contains(ASN(64500)))
            #expect(context.party(for: ASN(64500)).label == "AS64500 (Red Carrier, CN)")

            let tie = try await importer.importRegistry(
                file: "tie.yaml",
                data: Data(Self.yaml(first: "registry", second: "registry").utf8),
                logger: TestDatabase.logger
            )
            #expect(tie.status == .rejected)
            #expect(tie.errors.map(\.line) == [6])
            #expect(
                tie.errors.first?.message == "asn:64500 is held by 'red-carrier' (registry) and 'blue-carrier' (registry) over overlapping periods"
            )
            #expect(try await RegistryRepository(client: client).activeVersion(logger: TestDatabase.logger) == outcome.datasetID)
        }
    }

    @Test func aHandoverTakesEffectOnItsFirstDayAndDesignationsOnTheirs() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let outcome = try await DatasetImporter(client: client).importRegistry(
                file: "r.yaml",
                data: Data(Self.yaml(first: "registry", second: "registry", handover: true).utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .imported)
            let expectations: [(String, Bool, String)] = [
                ("2019-05-31", false, "Red Carrier"), ("2019-06-01", true, "Red Carrier"), ("2019-12-31", true, "Red Carrier"),
                ("2020-01-01", false, "Blue Carrier"),
            ]
            for (day, untrusted, name) in expectations {
                let party = try await Self.load(client, on: day).party(for: ASN(64500))
                #expect(party.untrusted == untrusted, "\(day)")
                #expect(party.name == name, "\(day)")
            }
        }
    }

    @Test func replacingTheRegistryKeepsTheOldVersionAndReactivatesItOnReimport() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let importer = DatasetImporter(client: client)
            let old = Data(Self.yaml(first: "verified", second: "inferred-by-name").utf8)
            let first = try await importer.importRegistry(file: "v1.yaml", data: old, logger: TestDatabase.logger)
            let second = try await importer.importRegistry(
                file: "v2.yaml",
                data: Data(Self.yaml(first: "registry", second: "registry", handover: true).utf8),
                logger: TestDatabase.logger
            )
            let repository = RegistryRepository(client: client)
            #expect(try await repository.activeVersion(logger: TestDatabase.logger) == second.datasetID)
            let back = try await importer.importRegistry(file: "v1-again.yaml", data: old, logger: TestDatabase.logger)
            #expect(back.status == .unchanged)
            #expect(try await repository.activeVersion(logger: TestDatabase.logger) == first.datasetID)
            let stored = try await repository.registry(dataset: first.datasetID, logger: TestDatabase.logger)
            #expect(stored == (try RegistryYAMLReader.read(String(decoding: old, as: UTF8.self), file: "v1.yaml").registry))
        }
    }
}
