import CleanCarrierCore
import CleanCarrierTestSupport
import Testing

/// A traced data path names, for each hop across a border, the cables that can carry it.
@Suite struct CableHopTests {
    static func snapshot(circuits: [DeclaredCircuit] = []) throws -> Snapshot {
        var snapshot = DataTransitRuleTests.snapshot()
        let files = CableMapSample.cables().map { CableMapReader.File(path: "cable/\($0.key).json", text: $0.value) }
        snapshot.cables = try CableMapReader.read(files, dataset: 3)
        snapshot.circuits = circuits
        return snapshot
    }

    @Test func anInternationalHopNamesTheCablesLinkingItsCountries() throws {
        let trace = try DataRouteTrace.trace(from: ASN(64500), to: "AS200", in: try Self.snapshot())
        #expect(trace.primary.map(\.party.ref) == ["AS64500", "AS100", "AS4134", "AS200"])
        #expect(
            trace.primary.map { $0.cables?.map(\.cable) } == [nil, nil, ["pacific-test"], nil],
            "only AS100 (US) to AS4134 (CN) crosses a border"
        )
        let option = try #require(trace.primary[2].cables?.first)
        #expect(!option.declared && option.directLink)
        #expect(option.label == "Pacific Test (links the countries; lands in PRC territory)")
    }

    @Test func theCarriersDeclaredCircuitsComeFirst() throws {
        let circuit = DeclaredCircuit(
            carrier: .network(ASN(100)),
            cable: "pccw-test",
            endA: "US",
            endB: "CN",
            validity: .always,
            origin: RecordOrigin(dataset: 9, file: "circuits.csv", line: 2)
        )
        let trace = try DataRouteTrace.trace(from: ASN(64500), to: "AS200", in: try Self.snapshot(circuits: [circuit]))
        #expect(trace.primary[2].cables?.map(\.cable) == ["pccw-test"])
        #expect(trace.primary[2].cables?.first?.declared == true)
    }

    @Test func withoutACableMapHopsNameNoCables() throws {
        let trace = try DataRouteTrace.trace(from: ASN(64500), to: "AS200", in: DataTransitRuleTests.snapshot())
        #expect(trace.primary.allSatisfy { $0.cables == nil })
    }
}

/// A traced call path names the cables of each hop between carriers of different countries.
@Suite struct CallCableHopTests {
    @Test func aCallFromTheUSToHongKongNamesTheCablesLinkingThem() throws {
        var snapshot = try VoiceRuleTests.snapshot(asOf: "2024-06-01")
        let files = CableMapSample.cables().map { CableMapReader.File(path: "cable/\($0.key).json", text: $0.value) }
        snapshot.cables = try CableMapReader.read(files, dataset: 3)
        let context = EvaluationContext(snapshot: snapshot)
        let trace = context.traceCall(from: "att", to: try #require(DialedNumber(parsing: "+85244123456")))
        let hops = context.cableHops(on: trace)
        let first = try #require(hops.first { $0.from == "att" && $0.to == "pccw-global" }, "\(hops.map { "\($0.from)>\($0.to)" })")
        #expect(first.cables.map(\.cable) == ["pacific-test"], "the map files Hong Kong under China")
        #expect(first.cables.first?.untrustedHolders == ["China Telecom Corporation Limited"])
        #expect(!hops.contains { $0.from == "pccw-global" && $0.to == "hkt" }, "HK to HK crosses no border")
    }
}
