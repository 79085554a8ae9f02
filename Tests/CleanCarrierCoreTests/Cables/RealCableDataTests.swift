import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

/// TeleGeography's submarine cable map of 2022-11-10 with the registry as shipped.
@Suite(.enabled(if: CableMapSample.realFolder != nil, "needs ../shared/data/cables/submarinecablemap-20221110 (TeleGeography, CC BY-NC-SA 3.0)"))
struct RealCableDataTests {
    static let day = Day(iso: "2026-12-01")!

    /// The US-landing cables with a "China Telecom", "China Unicom" or "China Mobile" owner, derived independently of
    /// this code with python3 over ../shared/data/cables/submarinecablemap-20221110/cable/*.json (all.json and
    /// cable-geo.json left out): cables whose landing_points include a country "United States" and whose owners string,
    /// split on commas and trimmed, holds one of the three names. Ids, then their US landing points.
    static let expected: [String: [String]] = [
        "faster": ["Bandon, OR"],
        "japan-u-s-cable-network-jus": ["Makaha, HI", "Manchester, CA", "Morro Bay, CA"],
        "new-cross-pacific-ncp-cable-system": ["Pacific City, OR"],
        "trans-pacific-express-tpe-cable-system": ["Nedonna Beach, OR"],
    ]

    static func listing(threshold: Double? = nil) throws -> CableListing {
        let map = try CableMapFolder(path: try #require(CableMapSample.realFolder)).read()
        let resolver = TrustResolver(registry: try CableTestSupport.registry(cableRulesThreshold: threshold))
        let untrusted = UntrustedSet(resolver: resolver, day: Self.day)
        let assessor = CableAssessor(map: map, index: resolver.index, untrusted: untrusted.entities, day: Self.day)
        return CableListing(country: "US", day: Self.day, cables: assessor.assessments(landingIn: "US"))
    }

    @Test func everyUSCableWithAPRCCarrierOwnerIsFlaggedWithItsLandingsAndChain() throws {
        let listing = try Self.listing()
        #expect(listing.cables.count == 89)
        let prcOwned = listing.cables.filter { cable in
            cable.owners.contains { ["China Telecom", "China Unicom", "China Mobile"].contains($0.name) && $0.untrusted }
        }
        #expect(Dictionary(uniqueKeysWithValues: prcOwned.map { ($0.cable.id, $0.landings(in: "US").map(\.city)) }) == Self.expected)
        #expect(listing.flagged.map(\.cable.id) == Self.expected.keys.sorted(), "at the default 50%, PCCW's cables are not flagged")
        for cable in prcOwned {
            #expect(
                cable.untrustedHolders.allSatisfy {
                    !$0.chains.isEmpty && $0.chains.allSatisfy { $0.contains("Clean Carrier listing 2020-08-05") || $0.contains("FCC 25-49") }
                }
            )
        }
        let direct = listing.cables.filter { $0.inService && !$0.prcLandings.isEmpty }.map(\.cable.id)
        #expect(direct == ["asia-america-gateway-aag-cable-system", "new-cross-pacific-ncp-cable-system", "trans-pacific-express-tpe-cable-system"])
        #expect(listing.unmappedOwners.contains("Google") && !listing.unmappedOwners.contains("China Telecom"))
    }

    @Test func atTenPercentPCCWCoOwnedCablesAreAffiliates() throws {
        let listing = try Self.listing(threshold: 10)
        #expect(listing.flagged.map(\.cable.id) == (Self.expected.keys + ["jupiter"]).sorted())
        let jupiter = try #require(listing.flagged.first { $0.cable.id == "jupiter" })
        #expect(jupiter.untrustedHolders.map(\.name) == ["PCCW"])
        #expect(jupiter.untrustedHolders.first?.chains.first?.contains("over the 10% threshold of FCC submarine cable rules") == true)
    }
}
