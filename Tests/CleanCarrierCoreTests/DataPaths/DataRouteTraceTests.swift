import CleanCarrierCore
import Testing

/// `DataRouteTrace`, behind `cleancarrier trace data` and `GET /trace/data`, on the small graph of `DataTransitRuleTests`.
@Suite struct DataRouteTraceTests {
    @Test func theRouteNamesEachHopWithItsRoleAndVerdict() throws {
        let trace = try DataRouteTrace.trace(from: ASN(64500), to: "AS200", in: DataTransitRuleTests.snapshot())
        #expect(trace.primary.map(\.party.ref) == ["AS64500", "AS100", "AS4134", "AS200"])
        #expect(trace.primary.map(\.role) == [.source, .transit, .transit, .destination])
        #expect(trace.primary.map(\.party.untrusted) == [false, false, true, false])
        #expect(trace.primary[2].trustChains.count == 1)
        #expect(trace.primary[2].trustChains.first?.hasPrefix("AS4134 → Untrusted Carrier") == true)
        #expect(trace.primary[1].trustChains.isEmpty)
        #expect(trace.failedNextHop == ASN(100))
        #expect(trace.failover.isEmpty, "AS64500 has one provider: without it, it is cut off")
        #expect(trace.destination.ref == "AS200" && trace.asOf == Day(iso: "2024-01-01"))
    }

    @Test func aPrefixSeenInTheObservedPathsMeansItsOrigin() throws {
        var snapshot = DataTransitRuleTests.snapshot()
        let dataset = Snapshot.DatasetRef(id: 2, kind: "observed-paths", file: "rib.txt", sha256: "y")
        snapshot.observedPaths = [(dataset, [ObservedPath(path: [ASN(5000), ASN(300)], prefix: "203.0.113.0/24", endsInSet: false, line: 1)])]
        let trace = try DataRouteTrace.trace(from: ASN(64500), to: "203.0.113.0/24", in: snapshot)
        #expect(trace.destination.ref == "AS300")
        #expect(trace.primary.last?.party.ref == "AS300")
    }

    @Test func missingDataUnknownDestinationsAndUnreachableNetworksAreFailures() {
        var empty = DataTransitRuleTests.snapshot()
        empty.asRelationships = []
        #expect(Self.failure(to: "AS200", in: empty) == "no AS relationships are loaded")
        #expect(Self.failure(to: "nowhere") == "'nowhere' is neither an AS number nor a prefix seen in the observed paths")
        #expect(Self.failure(to: "AS999") == "AS64500 has no route to AS999 in the loaded graph (or one of them is not in it)")
        #expect(Self.failure(to: "AS200") == nil)
    }

    /// Why there is no trace from AS64500 to `destination`, or `nil` when there is one.
    static func failure(to destination: String, in snapshot: Snapshot = DataTransitRuleTests.snapshot()) -> String? {
        do throws(DataRouteTrace.Failure) {
            _ = try DataRouteTrace.trace(from: ASN(64500), to: destination, in: snapshot)
            return nil
        } catch {
            return error.description
        }
    }
}
