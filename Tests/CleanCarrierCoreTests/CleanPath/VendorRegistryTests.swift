import CleanCarrierCore
import Foundation
import Testing

/// The registry fixture's equipment vendors: the Covered List entries of 2021-03-12 reach each vendor and its
/// subsidiary through the trust resolution that carriers go through, and not before that day.
@Suite struct VendorRegistryTests {
    static let registry: Registry = {
        let path = VoiceTestSupport.repositoryRoot.appendingPathComponent("Fixtures/registry/registry.yaml").path
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return (try? RegistryYAMLReader.read(text, file: "registry.yaml").registry) ?? Registry()
    }()

    @Test func theCoveredListVendorsAreDesignatedFrom2021_03_12WithTheirCitations() throws {
        let entries = Self.registry.designations.filter { $0.id.hasPrefix("covered-list-2021-03-12-") }
        #expect(entries.map(\.entity.rawValue).sorted() == ["dahua", "hikvision", "huawei", "hytera", "zte"])
        #expect(entries.allSatisfy { $0.instrument == .coveredList && $0.effective == Day(iso: "2021-03-12") && $0.extendsToAffiliates })
        #expect(entries.allSatisfy { $0.citation.contains("DA 21-309") })
        let vendors = Set(Self.registry.entities.filter { $0.kind == .vendor }.map(\.id.rawValue))
        #expect(Set(entries.map(\.entity.rawValue)).isSubset(of: vendors))
        let problems = RegistryValidator.problems(in: Self.registry, lines: .init(), file: "registry.yaml").filter { $0.level == .error }
        #expect(problems.isEmpty, "\(problems.map(\.error))")
    }

    @Test(arguments: [
        ("futurewei", "huawei"), ("zte-usa", "zte"), ("hytera-america", "hytera"), ("hikvision-usa", "hikvision"), ("dahua-usa", "dahua"),
    ])
    func eachSubsidiaryIsUntrustedThroughItsOwner(subsidiary: String, owner: String) throws {
        let resolver = TrustResolver(registry: Self.registry)
        let verdict = resolver.verdict(on: EntityID(subsidiary), day: try #require(Day(iso: "2021-03-12")))
        #expect(verdict.isUntrusted)
        #expect(verdict.reasons.first?.path.map(\.rawValue) == [owner, subsidiary])
        #expect(!resolver.verdict(on: EntityID(subsidiary), day: try #require(Day(iso: "2021-03-11"))).isUntrusted)
        #expect(!resolver.verdict(on: "nokia", day: try #require(Day(iso: "2024-06-01"))).isUntrusted)
    }
}
