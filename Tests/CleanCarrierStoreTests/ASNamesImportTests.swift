import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ASNamesImportTests {
    static let day = Day(iso: "2024-06-01")!

    @Test func latin1NamesAreStoredAsTheirCharactersAndNameReportParties() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let rnp = try #require(try await ASNRegistrationRepository(client: client).name(of: ASN(1916), logger: TestDatabase.logger))
            #expect(rnp.name == "Associação Rede Nacional de Ensino e Pesquisa")
            #expect(rnp.line == 23)
            for try await (characters, bytes) in try await client.query(
                "SELECT length(name), octet_length(name) FROM as_names WHERE asn = 1916",
                logger: TestDatabase.logger
            ).decode((Int, Int).self) {
                #expect(characters == 45)
                #expect(bytes == 47)
            }
            let snapshot = try await SnapshotLoader(client: client).load(asOf: Self.day, logger: TestDatabase.logger)
            #expect(snapshot.asNames.count == 551)
            #expect(EvaluationContext(snapshot: snapshot).party(for: ASN(8100)).label == "AS8100 (QuadraNet, Inc, US)")
            let findings = try Evaluator().evaluate(snapshot).findings
            let named = findings.flatMap { [$0.subject, $0.counterpart] }.filter { $0.ref == "AS8100" }
            #expect(!named.isEmpty)
            #expect(named.allSatisfy { $0.label == "AS8100 (QuadraNet, Inc, US)" })
        }
    }

    @Test func badListIsRejectedWithEveryLineAndChangesNothing() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let bytes = Data("1\tLVLT-1 - Level 3, US\n2\tNO COUNTRY\n".utf8) + Data([0x33, 0x09, 0xE9, 0x2C, 0x20, 0x46, 0x52, 0x0A])
            let outcome = try await DatasetImporter(client: client).importASNames(file: "names.txt", data: bytes, logger: TestDatabase.logger)
            #expect(outcome.status == .rejected)
            #expect(
                outcome.errors == [
                    InputError(
                        file: "names.txt",
                        line: 2,
                        field: "country",
                        message: "expected NAME, CC: a name, a comma, a space and a two-letter country code"
                    )
                ]
            )
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    @Test func aNewListSupersedesTheOldOneAndIdenticalBytesAreUnchanged() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let importer = DatasetImporter(client: client)
            let first = try await importer.importASNames(file: "a.txt", data: Data("1\tOLD, US\n".utf8), logger: TestDatabase.logger)
            let second = try await importer.importASNames(file: "b.txt", data: Data("1\tNEW, US\n2\tOTHER, na\n".utf8), logger: TestDatabase.logger)
            let again = try await importer.importASNames(file: "c.txt", data: Data("1\tNEW, US\n2\tOTHER, na\n".utf8), logger: TestDatabase.logger)
            #expect([first.status, second.status, again.status] == [.imported, .imported, .unchanged])
            #expect(again.datasetID == second.datasetID)
            let repository = ASNRegistrationRepository(client: client)
            #expect(try await repository.name(of: ASN(1), logger: TestDatabase.logger)?.name == "NEW")
            #expect(try await repository.name(of: ASN(2), logger: TestDatabase.logger)?.country == nil)
            #expect(try await repository.summary(logger: TestDatabase.logger).names == 2)
        }
    }
}
