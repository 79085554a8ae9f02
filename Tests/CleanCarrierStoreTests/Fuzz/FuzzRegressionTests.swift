import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The bugs ImporterFuzzTests found, kept as plain regression tests.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct FuzzRegressionTests {
    /// A NUL byte in a free-text field passed the parser, then failed COPY ("invalid byte sequence for encoding UTF8:
    /// 0x00"): the import threw a database error instead of rejecting the file with its line.
    @Test func aNULByteInATextFieldRejectsTheFileNamingLineAndField() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let bytes = Data("4134\tCHINANET-BACKBONE, CN\n4837\tCHINA169-B\u{0}ACKBONE, CN\n".utf8)
            let outcome = try await DatasetImporter(client: client).importASNames(file: "names.txt", data: bytes, logger: TestDatabase.logger)
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.map(\.line) == [2] && outcome.errors.map(\.field) == ["name"] && outcome.errors.first?.file == "names.txt")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    /// The same through a JSON escape (`\u0000`), where no raw NUL byte is in the file.
    @Test func aNULEscapeInPeeringDBJSONRejectsTheFile() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let json = #"{"org": [{"id": 1, "name": "Bad\u0000Name", "country": "CN"}]}"#
            let outcome = try await DatasetImporter(client: client).importPeeringDB(
                file: "pdb.json",
                data: Data(json.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.first?.field == "name" && outcome.errors.first?.file == "pdb.json", "\(outcome.errors)")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }

    /// A rejection whose message quotes input holding a NUL could not be stored (jsonb refuses `\u0000`), so the import
    /// threw instead of rejecting. The stored message now shows the NUL as ␀.
    @Test func aRejectionQuotingANULIsStored() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let csv = "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,852,pccw\u{0}global,1,100,,\n"
            let outcome = try await DatasetImporter(client: client).importVoiceRoutes(
                file: "routes.csv",
                data: Data(csv.utf8),
                logger: TestDatabase.logger
            )
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.map(\.line) == [2] && outcome.errors.first?.message.contains("pccw\u{2400}global") == true, "\(outcome.errors)")
            var stored = ""
            for try await text in try await client.query(
                "SELECT errors::text FROM datasets WHERE id = \(outcome.datasetID)",
                logger: TestDatabase.logger
            )
            .decode(String.self) {
                stored = text
            }
            #expect(try JSONDecoder().decode([InputError].self, from: Data(stored.utf8)) == outcome.errors)
        }
    }

    /// Numbers the parsers accepted but the store's 32-bit columns cannot hold made COPY fail ("value out of range for
    /// type integer") and the import throw: a voice route's priority or weight, a libphonenumber row's country code.
    @Test(arguments: [
        ("voice-routes", "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,852,pccw-global,4294967295,100,,\n", "priority"),
        ("voice-routes", "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,852,pccw-global,1,2147483648,,\n", "weight"),
        ("number-ranges", "prefix\tcountry_code\tregions\tlang\tcarrier\n8613\t9223372036854775807\tCN\ten\tChina Mobile\n", "country_code"),
    ])
    func numbersTooLargeForTheStoreAreRejectedByLineAndField(kind: String, text: String, field: String) async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            try await StoreFixtures.importAll(client: client)
            let before = try await StoreFixtures.tableState(client: client)
            let importer = DatasetImporter(client: client)
            let outcome =
                kind == "voice-routes"
                ? try await importer.importVoiceRoutes(file: "upload", data: Data(text.utf8), logger: TestDatabase.logger)
                : try await importer.importNumberRanges(file: "upload", data: Data(text.utf8), logger: TestDatabase.logger)
            #expect(outcome.status == .rejected)
            #expect(outcome.errors.map(\.line) == [2] && outcome.errors.map(\.field) == [field], "\(outcome.errors)")
            #expect(try await StoreFixtures.tableState(client: client) == before)
        }
    }
}
