import CleanCarrierCore
import Testing

/// The Clean Path verdict on hand-made graphs: the tri-state, failover branches, removed equipment, affiliate vendors,
/// the roles a path uses, and never `clean` by default.
@Suite struct CleanPathVerdictTests {
    @Test func aFailoverBranchIsNotCleanWhileThePrimaryIs() throws {
        let result = try CleanPathWorld.judge().check(from: "AS100", to: "AS500")
        #expect(result.kind == .data)
        #expect(result.branches.map(\.hops).map { $0.map(\.ref) } == [["AS100", "AS300", "AS500"], ["AS100", "AS666", "AS500"]])
        let primary = try #require(result.branches.first)
        #expect(primary.isPrimary && primary.verdict == .clean && primary.reasons.isEmpty)
        let failover = try #require(result.branches.last)
        #expect(failover.label == "failover (link AS100–AS300 down)")
        #expect(failover.verdict == .notClean)
        let reason = try #require(failover.reasons.first)
        #expect(failover.reasons.count == 1)
        #expect(reason.kind == .untrustedCarrier && reason.hop == 1 && reason.party?.ref == "AS666")
        #expect(reason.trustChains == ["AS666 → Bad Carrier → Clean Carrier listing 2020-08-05 [test listing]"])
        #expect(result.verdict == .notClean)
    }

    @Test func aCallsFailoverBranchIsNotCleanWhileThePrimaryIs() throws {
        let result = try CleanPathWorld.judge().check(from: "us-a", to: "+441234567890")
        #expect(result.kind == .call)
        #expect(result.branches.map { $0.hops.map(\.ref) } == [["us-a", "transit", "dest"], ["us-a", "bad", "dest"]])
        #expect(result.branches.map(\.verdict) == [.clean, .notClean])
        #expect(result.branches.map(\.label) == ["primary", "failover 1"])
        #expect(result.branches.last?.reasons.map(\.kind) == [.untrustedCarrier])
        #expect(result.verdict == .notClean)
    }

    @Test func aHopWithoutAnInventoryMakesThePathUnknownNamingIt() throws {
        let inventory = CleanPathWorld.cleanInventory.split(separator: "\n").filter { !$0.hasPrefix("transit,") }.joined(separator: "\n")
        let primary = CleanPathWorld.judge(inventory: inventory).branch(
            [.network(ASN(100)), .network(ASN(300)), .network(ASN(500))],
            kind: .data,
            label: "primary",
            isPrimary: true
        )
        #expect(primary.verdict == .unknown)
        #expect(primary.undeclaredHops.map(\.ref) == ["AS300"])
        #expect(primary.reasons.first?.summary == "hop 2 AS300 (Transit T, US): its carrier transit (Transit T, US) declared no equipment inventory")
        // With the failover not clean, the path as a whole is not clean; its primary stays unknown.
        let result = try CleanPathWorld.judge(inventory: inventory).check(from: "AS100", to: "AS500")
        #expect(result.branches.map(\.verdict) == [.unknown, .notClean] && result.verdict == .notClean)
    }

    @Test func neverCleanByDefault() throws {
        let header = "network,site,role,kind,vendor,model,in_service_from,removed_on,replacement_plan\n"
        let result = try CleanPathWorld.judge(inventory: header).check(from: "AS100", to: "AS500")
        #expect(result.branches.first?.verdict == .unknown)
        #expect(result.branches.first?.undeclaredHops.map(\.ref) == ["AS100", "AS300", "AS500"])
        let empty = CleanPathWorld.judge().branch([], kind: .data, label: "primary", isPrimary: true)
        #expect(empty.verdict == .unknown && empty.reasons.map(\.kind) == [.noPath])
        #expect(CleanPathResult(kind: .data, from: "AS100", to: "AS500", asOf: CleanPathWorld.day("2024-06-01"), branches: []).verdict == .unknown)
        #expect(CleanPathVerdict.combining([.clean, .unknown]) == .unknown)
        #expect(CleanPathVerdict.combining([.unknown, .notClean, .clean]) == .notClean)
    }

    @Test func equipmentRemovedBeforeTheAsOfDateNoLongerCounts() throws {
        let inventory = CleanPathWorld.cleanInventory + "AS100,Site A3,transmission,ip-routing,vendor-x,Router X,2018-01-01,2022-01-01,\n"
        let route: [PartyRef] = [.network(ASN(100)), .network(ASN(300)), .network(ASN(500))]
        let before = CleanPathWorld.judge(asOf: "2021-06-01", inventory: inventory).branch(route, kind: .data, label: "primary", isPrimary: true)
        #expect(before.verdict == .notClean)
        let reason = try #require(before.reasons.first)
        #expect(reason.kind == .untrustedEquipment && reason.hop == 0 && reason.vendor?.ref == "vendor-x")
        #expect(reason.element?.origin == RecordOrigin(dataset: 9, file: "equipment.csv", line: 7))
        #expect(reason.summary.contains("[equipment.csv:7, dataset #9]"))
        #expect(reason.trustChains == ["Vendor X → Covered List 2021-03-12 [test Covered List entry]"])
        let after = CleanPathWorld.judge(asOf: "2022-01-01", inventory: inventory).branch(route, kind: .data, label: "primary", isPrimary: true)
        #expect(after.verdict == .clean)
        let beforeDesignation = CleanPathWorld.judge(asOf: "2021-03-11", inventory: inventory).branch(
            route,
            kind: .data,
            label: "primary",
            isPrimary: true
        )
        #expect(beforeDesignation.verdict == .clean)
    }

    @Test func anAffiliateVendorIsUntrustedThroughItsOwner() throws {
        let inventory = CleanPathWorld.cleanInventory + "transit,Site T2,control,switching,vendor-x-usa,Switch X,2020-01-01,,\n"
        let result = try CleanPathWorld.judge(inventory: inventory).check(from: "us-a", to: "+441234567890")
        let primary = try #require(result.branches.first)
        #expect(primary.verdict == .notClean)
        let reason = try #require(primary.reasons.first)
        #expect(reason.kind == .untrustedEquipment && reason.party?.ref == "transit" && reason.vendor?.ref == "vendor-x-usa")
        #expect(reason.trustChains == ["Vendor X USA → (controlled by) Vendor X → Covered List 2021-03-12 [test Covered List entry]"])
    }

    @Test func aTransitHopLendsThePathItsTransportNotItsRadioAccess() throws {
        let ran = CleanPathWorld.cleanInventory + "transit,Site T3,transmission,ran,vendor-x,Radio X,2020-01-01,,\n"
        let route: [PartyRef] = [.network(ASN(100)), .network(ASN(300)), .network(ASN(500))]
        #expect(CleanPathWorld.judge(inventory: ran).branch(route, kind: .data, label: "primary", isPrimary: true).verdict == .clean)
        let atTheSource: [PartyRef] = [.network(ASN(300)), .network(ASN(500))]
        #expect(CleanPathWorld.judge(inventory: ran).branch(atTheSource, kind: .data, label: "primary", isPrimary: true).verdict == .notClean)
        let signalling = CleanPathWorld.cleanInventory + "transit,Site T4,control,signalling,vendor-x,STP X,2020-01-01,,\n"
        #expect(CleanPathWorld.judge(inventory: signalling).branch(route, kind: .data, label: "primary", isPrimary: true).verdict == .clean)
        #expect(CleanPathWorld.judge(inventory: signalling).branch(route, kind: .call, label: "primary", isPrimary: true).verdict == .notClean)
        let unclassified = CleanPathWorld.cleanInventory + "transit,Site T5,storage,,vendor-x,Array X,2020-01-01,,\n"
        #expect(CleanPathWorld.judge(inventory: unclassified).branch(route, kind: .data, label: "primary", isPrimary: true).verdict == .notClean)
    }

    @Test func theCheckNamesBadSourcesAndNumbers() {
        #expect(throws: CleanPathJudge.CheckFailure.self) { try CleanPathWorld.judge().check(from: "nobody", to: "AS500") }
        #expect(throws: CleanPathJudge.CheckFailure.self) { try CleanPathWorld.judge().check(from: "us-a", to: "+4x") }
        #expect(throws: CleanPathJudge.CheckFailure.self) { try CleanPathWorld.judge().check(from: "AS100", to: "AS999") }
    }
}
