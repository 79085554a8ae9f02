import CleanCarrierCore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite struct DataTransitRuleTests {
    /// S (US) buys transit from P1 (US); P1 peers with U (untrusted) and P2; D (CN) is reachable only through U;
    /// D2 (JP) through U or P2, and P1 prefers U on the ASN tie-break.
    static func snapshot() -> Snapshot {
        let registry = Registry(
            entities: [Entity(id: "untrusted-carrier", name: "Untrusted Carrier", country: "CN")],
            identifiers: [Identifier(kind: .asn, value: "4134", holder: "untrusted-carrier", source: "t", confidence: .registry)],
            designations: [
                Designation(
                    id: "d",
                    entity: "untrusted-carrier",
                    instrument: .cleanCarrier,
                    effective: Day(iso: "2020-08-05")!,
                    citation: "c",
                    extendsToAffiliates: true
                )
            ]
        )
        let countries: [UInt32: String] = [64500: "US", 100: "US", 200: "CN", 300: "JP", 5000: "JP"]
        var registrations: [ASN: ASNRegistration] = [:]
        for (asn, country) in countries {
            registrations[ASN(asn)] = ASNRegistration(
                asn: ASN(asn),
                rir: "arin",
                country: country,
                status: "assigned",
                registered: nil,
                holderID: nil,
                line: 1
            )
        }
        let links = [
            ASLink(ASN(100), ASN(64500), .providerToCustomer, line: 1), ASLink(ASN(100), ASN(4134), .peer, line: 2),
            ASLink(ASN(4134), ASN(200), .providerToCustomer, line: 3), ASLink(ASN(4134), ASN(300), .providerToCustomer, line: 4),
            ASLink(ASN(5000), ASN(300), .providerToCustomer, line: 5), ASLink(ASN(100), ASN(5000), .peer, line: 6),
        ]
        let dataset = Snapshot.DatasetRef(id: 1, kind: "as-rel", file: "rel.txt", sha256: "x")
        return Snapshot(asOf: Day(iso: "2024-01-01")!, registry: registry, registrations: registrations, asRelationships: [(dataset, links)])
    }

    @Test(arguments: [1, 2])
    func countsDestinationsAvoidabilityAndDirectHandOffs(workers: Int) throws {
        let findings = try Evaluator(rules: [DataTransitRule(workers: workers)]).evaluate(Self.snapshot()).findings
        #expect(findings.map { "\($0.subject.ref)>\($0.counterpart.ref)" } == ["AS100>AS4134", "AS64500>AS4134"])
        let transit = try #require(findings.last)
        #expect(transit.severity == .exposure)
        #expect(transit.summary.contains("2 destination(s) abroad") && transit.summary.contains("1 avoidable, 1 unavoidable"))
        #expect(transit.evidence.hops.map(\.ref) == ["AS64500", "AS100", "AS4134", "AS200"])
        #expect(transit.evidence.records.compactMap(\.origin.line) == [1, 2, 3])
        let direct = try #require(findings.first)
        #expect(direct.severity == .violation)
        #expect(direct.summary.contains("handed over directly for 2"))
    }

    @Test func nothingToReportWithoutUntrustedNetworks() throws {
        var snapshot = Self.snapshot()
        snapshot.registry.designations = []
        #expect(try Evaluator(rules: [DataTransitRule()]).evaluate(snapshot).findings.isEmpty)
    }
}

/// CC-2 on random graphs equals a direct count, destination by destination: the sweep's shortcuts (stubs derived from
/// their provider, flat per-worker tallies) change nothing.
@Suite struct DataTransitRuleEquivalenceTests {
    @Test(arguments: 0..<12)
    func findingsEqualADirectCountPerDestination(seed: Int) throws {
        let text = DataPathFixtures.randomLinks(seed: UInt64(seed), nodes: 80, transit: 70, peering: 10)
        let file = try ASRelationshipParser().parse(Data(text.utf8), name: "random")
        let graph = try ASGraph(links: file.links, file: "random")
        var random = SplitMix64(seed: UInt64(seed) &+ 7)
        let untrusted = graph.asns.filter { _ in random.next() % 5 == 0 }
        var countries: [ASN: String] = [:]
        // An untrusted AS takes its holder's country (CN), as the registry says.
        for asn in graph.asns { countries[asn] = untrusted.contains(asn) ? "CN" : random.next() % 2 == 0 ? "US" : "FR" }
        var registrations: [ASN: ASNRegistration] = [:]
        for (asn, country) in countries {
            registrations[asn] = ASNRegistration(asn: asn, rir: "arin", country: country, status: "assigned", registered: nil, holderID: nil, line: 1)
        }
        let registry = Registry(
            entities: [Entity(id: "untrusted-carrier", name: "Untrusted Carrier", country: "CN")],
            identifiers: untrusted.map {
                Identifier(kind: .asn, value: $0.description, holder: "untrusted-carrier", source: "t", confidence: .registry)
            },
            designations: [
                Designation(
                    id: "d",
                    entity: "untrusted-carrier",
                    instrument: .cleanCarrier,
                    effective: Day(iso: "2020-08-05")!,
                    citation: "c",
                    extendsToAffiliates: true
                )
            ]
        )
        let dataset = Snapshot.DatasetRef(id: 1, kind: "as-rel", file: "random", sha256: "x")
        let snapshot = Snapshot(
            asOf: Day(iso: "2024-01-01")!,
            registry: registry,
            registrations: registrations,
            asRelationships: [(dataset, file.links)]
        )
        let findings = try Evaluator(rules: [DataTransitRule(workers: 2)]).evaluate(snapshot).findings

        let query = ExposureQuery(graph: graph, untrusted: Set(untrusted), sourceCountry: "US") { countries[$0] }
        var workspace = ExposureWorkspace(query: query)
        var expected: [String: (destinations: Int, avoidable: Int, direct: Int, example: [ASN])] = [:]
        for destination in graph.asns.indices where countries[graph.asns[destination]] != "US" {
            _ = workspace.analyze(destination: destination)
            for index in workspace.exposedSourceIDs.indices {
                let source = Int(workspace.exposedSourceIDs[index])
                let carrier = Int(workspace.exposedCarrierIDs[index])
                let nextHop = Int(workspace.exposedNextHopIDs[index])
                let key = "\(graph.asns[source])>\(graph.asns[carrier])"
                let example = ([source] + workspace.tree.path(from: nextHop)).map { graph.asns[$0] }
                var counts = expected[key] ?? (0, 0, 0, example)
                counts.destinations += 1
                if workspace.avoidable[index] { counts.avoidable += 1 }
                if nextHop == carrier { counts.direct += 1 }
                expected[key] = counts
            }
        }
        #expect(Set(findings.map { "\($0.subject.ref)>\($0.counterpart.ref)" }) == Set(expected.keys))
        for finding in findings {
            let counts = try #require(expected["\(finding.subject.ref)>\(finding.counterpart.ref)"])
            let unavoidable = counts.destinations - counts.avoidable
            let reach = "to \(counts.destinations) destination(s) abroad"
            let split = "(\(counts.avoidable) avoidable, \(unavoidable) unavoidable; handed over directly for \(counts.direct))"
            let hops: [String] = finding.evidence.hops.map { $0.ref }
            let exampleHops: [String] = counts.example.map(\.description)
            #expect(finding.summary.contains(reach) && finding.summary.contains(split), "\(finding.summary)")
            #expect(hops == exampleHops)
        }
    }
}
