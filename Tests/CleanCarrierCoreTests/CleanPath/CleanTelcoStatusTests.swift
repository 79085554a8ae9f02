import CleanCarrierCore
import Testing

/// The clean-telco status of each carrier, and how one added inventory row changes exactly the verdicts it touches.
@Suite struct CleanTelcoStatusTests {
    static func statuses(_ csv: String, asOf: String = "2024-06-01") -> [String: CleanTelcoStatus] {
        let judge = CleanPathWorld.judge(asOf: asOf, inventory: csv)
        return Dictionary(uniqueKeysWithValues: judge.statuses().map { ($0.carrier.ref, $0) })
    }

    @Test func eachCarrierIsCleanNotCleanOrUnknownWithItsEvidence() throws {
        let csv =
            CleanPathWorld.cleanInventory.split(separator: "\n").filter { !$0.hasPrefix("dest,") }.joined(separator: "\n") + "\n"
            + "transit,Site T2,control,switching,vendor-x-usa,Switch X,2020-01-01,,\n"
        let statuses = Self.statuses(csv)
        #expect(statuses.keys.sorted() == ["bad", "transit", "us-a", "us-b"], "home-country carriers and every declaring carrier")
        let clean = try #require(statuses["us-a"])
        #expect(clean.verdict == .clean && clean.elementsInService == 2 && clean.inventoryDatasets == [9])
        #expect(clean.evidence == "2 element(s) in service declared (dataset #9), none from an untrusted vendor")
        #expect(statuses["transit"]?.verdict == .notClean)
        #expect(statuses["transit"]?.reasons.map(\.kind) == [.untrustedEquipment])
        #expect(statuses["bad"]?.verdict == .notClean && statuses["bad"]?.reasons.map(\.kind) == [.untrustedCarrier])
        #expect(statuses["us-b"]?.verdict == .unknown && statuses["us-b"]?.reasons.map(\.kind) == [.noInventory])
    }

    @Test func addingOneRowChangesExactlyTheVerdictsItTouches() throws {
        let row = "transit,Site T2,control,switching,vendor-x,Switch X,2020-01-01,,\n"
        let before = Self.statuses(CleanPathWorld.cleanInventory)
        let after = Self.statuses(CleanPathWorld.cleanInventory + row)
        #expect(before.keys.sorted() == after.keys.sorted())
        let changed = before.keys.filter { before[$0] != after[$0] }
        #expect(changed == ["transit"])
        #expect(before["transit"]?.verdict == .clean && after["transit"]?.verdict == .notClean)

        // Of the paths, exactly those through the transit carrier change: the primary data route and call path.
        let paths: [(String, String)] = [("AS100", "AS500"), ("us-a", "+441234567890"), ("AS500", "AS100")]
        let old = CleanPathWorld.judge(inventory: CleanPathWorld.cleanInventory)
        let new = CleanPathWorld.judge(inventory: CleanPathWorld.cleanInventory + row)
        for (from, to) in paths {
            let (was, now) = (try old.check(from: from, to: to), try new.check(from: from, to: to))
            for (a, b) in zip(was.branches, now.branches) {
                let crossesTransit = a.hops.contains { $0.ref == "AS300" || $0.ref == "transit" }
                #expect((a.verdict != b.verdict) == crossesTransit, "\(from) → \(to) \(a.label)")
            }
        }
    }
}
