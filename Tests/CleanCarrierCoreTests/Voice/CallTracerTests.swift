import CleanCarrierCore
import Testing

/// Call tracing over small route tables: loops, dead ends, and failovers reaching untrusted carriers.
@Suite struct CallTracerTests {
    static let untrusted: Set<EntityID> = ["china-telecom-americas", "china-telecom-global", "china-mobile-international", "china-mobile-ltd"]

    static func tracer(_ csv: String, ranges: String = "prefix,country_code,entity\n852,852,hkt\n8613,86,china-mobile-ltd") throws -> CallTracer {
        let routes = try VoiceRouteReader.readCSV(csv, file: "routes.csv")
        let numbers = try NumberRangeReader.readCSV(ranges, file: "ranges.csv")
        return CallTracer(routes: VoiceRouteTable(routes), numbers: NumberPlan(numbers))
    }

    static func trust(_ id: EntityID) -> HopTrust? {
        HopTrust(isUntrusted: Self.untrusted.contains(id), country: Self.untrusted.contains(id) ? "CN" : "US")
    }

    static func path(_ branch: CallBranch) -> [String] { branch.hops.map(\.entity.rawValue) }

    @Test func failoverReachesAnUntrustedCarrier() throws {
        let tracer = try Self.tracer(
            """
            carrier,prefix,next_hop,priority,weight
            att,852,pccw-global,1,100
            att,852,china-telecom-americas,2,100
            pccw-global,852,hkt,1,100
            china-telecom-americas,852,china-telecom-global,1,100
            china-telecom-global,852,hkt,1,100
            """
        )
        let trace = tracer.trace(from: "att", to: try #require(DialedNumber(parsing: "+852 4412 3456")), trust: Self.trust)
        #expect(trace.branches.map(Self.path) == [["att", "pccw-global", "hkt"], ["att", "china-telecom-americas", "china-telecom-global", "hkt"]])
        #expect(trace.branches.map(\.outcome) == [.terminated, .terminated])
        #expect(trace.branches.map(\.isPrimary) == [true, false])
        #expect(trace.primary?.untrustedEntry == nil)
        let entry = try #require(trace.branches[1].untrustedEntry)
        #expect(entry.hopIndex == 1 && entry.entity == "china-telecom-americas" && entry.handedOverBy == "att")
        #expect(entry.route?.priority == 2 && trace.branches[1].hops[1].rank == 1)
        #expect(trace.firstUntrustedEntry == entry)
        #expect(trace.branches[1].hops[2].trust?.country == "CN")
    }

    @Test func loopIsReportedWithTheRepeatedCarrier() throws {
        let tracer = try Self.tracer(
            """
            carrier,prefix,next_hop,priority,weight
            verizon,86,bics,1,100
            bics,86,telia-carrier,1,100
            telia-carrier,8613,bics,1,100
            telia-carrier,86,china-mobile-international,2,100
            china-mobile-international,86,china-mobile-ltd,1,100
            """
        )
        let trace = tracer.trace(from: "verizon", to: try #require(DialedNumber(parsing: "+8613812345678")), trust: Self.trust)
        #expect(trace.branches.map(Self.path) == [["verizon", "bics", "telia-carrier", "bics"]])
        #expect(trace.primary?.outcome == .loop)
    }

    @Test func deadEndWhenACarrierHasNoRoute() throws {
        let tracer = try Self.tracer(
            """
            carrier,prefix,next_hop,priority,weight
            lumen,86,tata-communications-america,1,100
            lumen,86,bics,2,100
            bics,86,china-mobile-ltd,1,100
            tata-communications-america,852,hkt,1,100
            """
        )
        let trace = tracer.trace(from: "lumen", to: try #require(DialedNumber(parsing: "+8613912345678")), trust: Self.trust)
        #expect(trace.branches.map(Self.path) == [["lumen", "tata-communications-america"], ["lumen", "bics", "china-mobile-ltd"]])
        #expect(trace.branches.map(\.outcome) == [.deadEnd, .terminated])
        #expect(trace.branches[1].untrustedEntry?.handedOverBy == "bics")
        let nowhere = tracer.trace(from: "lumen", to: try #require(DialedNumber(parsing: "+447300123456")))
        #expect(nowhere.branches.map(Self.path) == [["lumen"]] && nowhere.primary?.outcome == .deadEnd && nowhere.range == nil)
    }

    @Test func nextHopsOrderByPriorityThenWeightThenID() throws {
        let tracer = try Self.tracer(
            """
            carrier,prefix,next_hop,priority,weight
            att,86,c-low-weight,1,10
            att,86,b-tie,1,50
            att,86,a-tie,1,50
            att,86,z-first,0,1
            att,8613,longer-prefix,5,5
            """
        )
        #expect(tracer.routes.nextHops(from: "att", toDigits: "8615").map(\.nextHop.rawValue) == ["z-first", "a-tie", "b-tie", "c-low-weight"])
        #expect(tracer.routes.nextHops(from: "att", toDigits: "86139").map(\.nextHop.rawValue) == ["longer-prefix"])
        #expect(tracer.routes.nextHops(from: "att", toDigits: "44").isEmpty)
    }

    @Test func routesOutOfForceAreLeftOut() throws {
        let routes = try VoiceRouteReader.readCSV(
            "carrier,prefix,next_hop,priority,weight,valid_from,valid_to\natt,86,old,1,1,2019-01-01,2021-01-01\natt,86,new,2,1,2021-01-01,",
            file: "r.csv"
        )
        let day = try #require(Day(iso: "2020-06-01"))
        #expect(VoiceRouteTable(routes, asOf: day).nextHops(from: "att", toDigits: "86").map(\.nextHop) == ["old"])
        let later = try #require(Day(iso: "2021-01-01"))
        #expect(VoiceRouteTable(routes, asOf: later).nextHops(from: "att", toDigits: "86").map(\.nextHop) == ["new"])
    }

    @Test func branchLimitTruncates() throws {
        var csv = "carrier,prefix,next_hop,priority,weight\n"
        for layer in 0..<6 {
            for hop in 0..<3 {
                csv += "l\(layer),86,l\(layer + 1)-\(hop),\(hop),1\n"
                csv += "l\(layer + 1)-\(hop),86,l\(layer + 1),1,1\n"
            }
        }
        let routes = try VoiceRouteReader.readCSV(csv, file: "r.csv")
        let tracer = CallTracer(
            routes: VoiceRouteTable(routes),
            numbers: NumberPlan([]),
            limits: CallTracer.Limits(maximumDepth: 40, maximumBranches: 100)
        )
        let trace = tracer.trace(from: "l0", to: try #require(DialedNumber(parsing: "+8613912345678")))
        #expect(trace.branches.count == 100 && trace.truncated)
        #expect(trace.primary.map(Self.path)?.prefix(3) == ["l0", "l1-0", "l1"])
    }
}
