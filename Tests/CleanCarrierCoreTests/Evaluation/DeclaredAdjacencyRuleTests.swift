import CleanCarrierCore
import Testing

@Suite struct DeclaredAdjacencyRuleTests {
    static let origin = RecordOrigin(dataset: 4, file: "ic.csv", line: 2)

    static func findings(links: [ASLink], interconnects: [Interconnect]) throws -> [Finding] {
        try Evaluator(rules: [DeclaredAdjacencyRule()]).evaluate(DirectInterconnectRuleTests.snapshot(links: links, interconnects: interconnects))
            .findings
    }

    static func declared(_ a: PartyRef, _ b: PartyRef, _ kind: Interconnect.Kind = .ipPeering) -> Interconnect {
        Interconnect(partyA: a, partyB: b, kind: kind, origin: Self.origin)
    }

    @Test func declaredPeeringWithoutAdjacencyIsANotice() throws {
        let findings = try Self.findings(links: [], interconnects: [Self.declared(.entity("us-carrier"), .network(ASN(4134)))])
        let finding = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(finding.rule == .declaredVersusRouting && finding.severity == .notice)
        #expect(finding.subject.ref == "us-carrier" && finding.counterpart.ref == "AS4134")
        #expect(finding.evidence.records.map(\.basis) == [.declared])
        #expect(finding.evidence.records.first?.detail.hasSuffix("no inferred or observed adjacency between AS7018 and AS4134") == true)
    }

    @Test func adjacencyMatchingADeclarationGivesNothing() throws {
        let link = ASLink(ASN(7018), ASN(4134), .peer, line: 5)
        #expect(try Self.findings(links: [link], interconnects: [Self.declared(.entity("us-carrier"), .entity("prc-carrier"))]).isEmpty)
        #expect(try Self.findings(links: [link], interconnects: [Self.declared(.network(ASN(4134)), .network(ASN(7018)), .ipTransit)]).isEmpty)
    }

    @Test func undeclaredAdjacencyOfADeclaringTelcoIsANotice() throws {
        let link = ASLink(ASN(4134), ASN(7018), .providerToCustomer, line: 8)
        let voiceOnly = Self.declared(.network(ASN(7018)), .entity("prc-carrier"), .voiceSIP)
        let finding = try #require(try Self.findings(links: [link], interconnects: [voiceOnly]).first)
        #expect(finding.subject.ref == "us-carrier" && finding.counterpart.ref == "AS4134")
        #expect(
            finding.evidence.records == [
                Evidence.Record(
                    basis: .inferred,
                    origin: RecordOrigin(dataset: 3, file: "rel.txt", line: 8),
                    detail: "AS4134 is a provider of AS7018"
                )
            ]
        )
        #expect(finding.summary.hasSuffix("but declares no IP interconnect with it"))
        #expect(try Self.findings(links: [link], interconnects: []).isEmpty, "a telco that declares nothing is not held to its declarations")
    }

    @Test func endedOrVoiceDeclarationsAreNotCheckedAgainstRouting() throws {
        var ended = Self.declared(.entity("us-carrier"), .network(ASN(4134)))
        ended.validity = Validity(from: nil, to: Day(iso: "2022-01-01"))
        #expect(
            try Self.findings(links: [], interconnects: [ended, Self.declared(.entity("us-carrier"), .entity("prc-carrier"), .voiceTDM)]).isEmpty
        )
    }
}

extension DeclaredAdjacencyRuleTests {
    @Test func observedAdjacenciesCountLikeInferredOnes() throws {
        let rib = Snapshot.DatasetRef(id: 6, kind: "observed-paths", file: "rib.txt", sha256: "x")
        let path = ObservedPath(path: [ASN(7018), ASN(4134)], prefix: "1.0.0.0/8", endsInSet: false, line: 3)
        var snapshot = DirectInterconnectRuleTests.snapshot(links: [], interconnects: [Self.declared(.entity("us-carrier"), .network(ASN(4134)))])
        snapshot.observedPaths = [(rib, [path])]
        #expect(try Evaluator(rules: [DeclaredAdjacencyRule()]).evaluate(snapshot).findings.isEmpty)
        snapshot.interconnects = [Self.declared(.entity("us-carrier"), .entity("prc-carrier"), .voiceSIP)]
        let finding = try #require(try Evaluator(rules: [DeclaredAdjacencyRule()]).evaluate(snapshot).findings.first)
        #expect(finding.evidence.records.map(\.basis) == [.observed])
        #expect(finding.evidence.records.first?.origin == RecordOrigin(dataset: 6, file: "rib.txt", line: 3))
    }
}
