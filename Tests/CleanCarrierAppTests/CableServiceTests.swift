import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import CleanCarrierTestSupport
import Testing

/// `CableService` lists the store's cable map as `CableMapAnalysis` lists a folder: one listing, whichever way in.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct CableServiceTests {
    static let logger = TestDatabase.logger
    static let day = Day(iso: "2024-06-01")!
    static let registry = TestDatabase.repositoryRoot + "/Fixtures/registry/registry.yaml"

    @Test func theStoresListingIsTheFoldersAndABadCountryIsRefused() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let services = AppServices(client: client)
            #expect(try await services.cables.listing(country: "US", day: Self.day, logger: Self.logger) == nil, "no cable map imported")
            #expect(try await services.cables.landingPoints(country: nil, logger: Self.logger) == nil)
            let folder = try CableMapSample.write()
            try await services.imports.importFilesOrFail([Self.registry], kind: .registry, logger: Self.logger)
            try await services.imports.importFilesOrFail([folder], kind: .cables, logger: Self.logger)

            let stored = try #require(try await services.cables.listing(country: "US", day: Self.day, logger: Self.logger))
            let files = try await CableMapAnalysis.listing(cablesFolder: folder, registryFile: Self.registry, country: "US", day: Self.day)
            #expect(stored.listing.text == files.text)
            #expect(stored.listing.flagged.map(\.cable.id) == ["pacific-test"])
            #expect(stored.listing.unmappedOwners == ["Google", "Nobody Known Telecom, Ltd."])

            let points = try #require(try await services.cables.landingPoints(country: "JP", logger: Self.logger))
            #expect(points.dataset == stored.dataset && points.points.map(\.id) == ["chikura-japan"])

            let refusal = RequestRefusal.refused("country must be an ISO 3166-1 alpha-2 code, not 'usa'")
            await #expect(throws: refusal) { try await services.cables.listing(country: "usa", day: Self.day, logger: Self.logger) }
            await #expect(throws: refusal) {
                try await CableMapAnalysis.listing(cablesFolder: folder, registryFile: Self.registry, country: "usa", day: Self.day)
            }
        }
    }
}
