import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import PostgresNIO
import Testing

/// The `ImportService`: the one dispatch on `DatasetKind` that `cleancarrier import` and the uploads share, and the
/// reading of compressed files.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct ImportServiceTests {
    static let logger = TestDatabase.logger
    static let registry = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    /// A gzip copy of `path` in a temporary folder, made by the system's gzip.
    static func gzipped(_ path: String) async throws -> String {
        let copy = NSTemporaryDirectory() + "cc-\(UUID().uuidString.prefix(8))-" + URL(fileURLWithPath: path).lastPathComponent
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try await ChildProcess.output("gzip", ["-f", copy])
        return copy + ".gz"
    }

    @Test func aCompressedFileImportsLikeThePlainOneAndTheSecondTimeIsUnchanged() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let imports = ImportService(client: client)
            var seen: [String] = []
            let compressed = try await Self.gzipped(Self.registry)
            let first = try await imports.importFiles([compressed], kind: .registry, logger: Self.logger) { progress in
                if case .imported(let file, let outcome) = progress { seen.append("\(outcome.status) \(file)") }
            }
            #expect(first.map(\.status) == [.imported] && first[0].rows > 0)
            #expect(seen == ["imported \(compressed)"])
            let plain = try await imports.importFiles([Self.registry], kind: .registry, logger: Self.logger)
            #expect(plain.map(\.status) == [.unchanged], "the same bytes once decompressed")
            #expect(plain[0].datasetID == first[0].datasetID)
        }
    }

    @Test func aTenantIsCreatedForTenantKindsAndRefusedForTheOthers() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let imports = ImportService(client: client)
            _ = try await imports.importFiles([Self.registry], kind: .registry, logger: Self.logger)
            var created: [String] = []
            let interconnects = TestDatabase.repositoryRoot + "/Fixtures/interconnects/declared.csv"
            let outcomes = try await imports.importFiles([interconnects], kind: .interconnects, tenant: "acme", logger: Self.logger) { progress in
                if case .createdTenant(let tenant) = progress { created.append(tenant) }
            }
            #expect(outcomes.map(\.status) == [.imported] && created == ["acme"])
            await #expect(
                throws: RequestRefusal.refused("a tenant applies to cable-circuits, equipment, interconnects, voice-routes only, not to registry")
            ) {
                try await imports.importFiles([Self.registry], kind: .registry, tenant: "acme", logger: Self.logger)
            }
        }
    }

    @Test func anUnreadableFileIsNamedAndNothingIsWritten() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let missing = NSTemporaryDirectory() + "cc-missing-\(UUID().uuidString).csv"
            do {
                _ = try await ImportService(client: client).importFiles([missing], kind: .interconnects, logger: Self.logger)
                Issue.record("a missing file was imported")
            } catch let error as InputError {
                #expect(error.file == missing && error.description.contains("cannot read the file"))
            }
            let broken = NSTemporaryDirectory() + "cc-broken-\(UUID().uuidString.prefix(8)).csv.gz"
            try Data("not gzip at all".utf8).write(to: URL(fileURLWithPath: broken))
            await #expect(throws: InputError.self) { try await InputFile.data(at: broken) }
            let datasets = try await client.query("SELECT count(*)::int FROM datasets", logger: Self.logger).requiredRow(Int.self, statement: "count")
            #expect(datasets == 0)
        }
    }
}
