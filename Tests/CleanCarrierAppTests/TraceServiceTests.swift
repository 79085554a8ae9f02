import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Testing

/// The `TraceService` refuses a trace it cannot make as asked with a `RequestRefusal`, which the command line prints
/// (exit 64) and the API answers with its status: one mapping for both.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct TraceServiceTests {
    static let logger = TestDatabase.logger
    static let day = Day(iso: "2024-01-01")!
    static let noRelationships = RequestRefusal.conflict(
        "no AS relationships are loaded: import them first (`cleancarrier import as-rel FILE` or POST /datasets/as-relationships)"
    )

    @Test func tracesOverAnEmptyStoreAreRefusedAsConflicts() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let traces = AppServices(client: client).traces
            await #expect(throws: Self.noRelationships) {
                try await traces.dataRoute(from: ASN(7018), to: "AS4134", asOf: Self.day, logger: Self.logger)
            }
            await #expect(throws: Self.noRelationships) {
                try await traces.cleanPath(from: "AS7018", to: "AS4134", asOf: Self.day, logger: Self.logger)
            }
        }
    }

    @Test func unknownDestinationsSourcesAndUnreachableNetworksAreRefusedWithTheirReason() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let services = AppServices(client: client)
            let fixtures = TestDatabase.repositoryRoot + "/Fixtures/"
            for (kind, path) in [(DatasetKind.registry, "registry/registry.yaml"), (.asRelationships, "caida/prc-neighbourhood.as-rel.txt")] {
                try await services.imports.importFilesOrFail([fixtures + path], kind: kind, logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.refused("to: 'nowhere' is neither an AS number nor a prefix seen in the observed paths")) {
                try await services.traces.dataRoute(from: ASN(7018), to: "nowhere", asOf: Self.day, logger: Self.logger)
            }
            await #expect(
                throws: RequestRefusal.notFound("AS7018 has no route to AS64511 in the loaded graph (or one of them is not in it)")
            ) {
                try await services.traces.dataRoute(from: ASN(7018), to: "AS64511", asOf: Self.day, logger: Self.logger)
            }
            await #expect(throws: RequestRefusal.refused("to: '+4x' is not an E.164 number")) {
                try await services.traces.cleanPath(from: "AS7018", to: "+4x", asOf: Self.day, logger: Self.logger)
            }
            let unknownSource = "'nobody' is neither an AS number nor an entity of the active registry (holding an ASN, for a data path)"
            await #expect(throws: RequestRefusal.notFound(unknownSource)) {
                try await services.traces.cleanPath(from: "nobody", to: "AS4134", asOf: Self.day, logger: Self.logger)
            }
        }
    }
}
