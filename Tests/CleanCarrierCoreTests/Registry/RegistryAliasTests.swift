import CleanCarrierCore
import Testing

@Suite struct RegistryAliasTests {
    static let yaml = """
        entities:
          - {id: china-telecom-corp-ltd, name: China Telecom Corporation Limited, country: CN, aliases: [China Telecom, "China Telecom Global"]}
          - {id: pccw-global, name: PCCW Global Limited, country: HK, aliases: [PCCW]}
        designations:
          - {id: d1, entity: china-telecom-corp-ltd, instrument: submarine-cable-rules, effective: 2025-11-26, citation: "FCC 25-49", affiliate_threshold: 10}
        """

    @Test func aliasesAndThresholdsRoundTrip() throws {
        let registry = try RegistryYAMLReader.read(Self.yaml, file: "r.yaml").registry
        #expect(registry.entities.first?.aliases == ["China Telecom", "China Telecom Global"])
        #expect(registry.designations.first?.affiliateThreshold == 10)
        #expect(registry.designations.first?.instrument == .submarineCableRules)
        let again = try RegistryYAMLReader.read(try RegistryYAMLWriter.yaml(registry), file: "export.yaml").registry
        #expect(again == registry.canonical)
    }

    @Test func ownerNamesMapThroughAliasesAndNames() throws {
        let matcher = OwnerNameMatcher(registry: try RegistryYAMLReader.read(Self.yaml, file: "r.yaml").registry)
        #expect(matcher.entity(for: "China Telecom") == "china-telecom-corp-ltd")
        #expect(matcher.entity(for: "china  telecom") == "china-telecom-corp-ltd")
        #expect(matcher.entity(for: "PCCW Global Limited") == "pccw-global", "an entity's own name matches too")
        #expect(matcher.entity(for: "China Unicom") == nil)
    }

    @Test func badAliasesAndSharedAliasesAreErrors() throws {
        #expect(throws: InputErrors.self) {
            try RegistryYAMLReader.read("entities:\n  - {id: a, name: A, country: CN, aliases: China Telecom}\n", file: "r.yaml")
        }
        let clash = "entities:\n  - {id: a, name: A, country: CN, aliases: [PCCW]}\n  - {id: b, name: B, country: HK, aliases: [pccw]}\n"
        let result = try RegistryYAMLReader.read(clash, file: "r.yaml")
        let problems = RegistryValidator.problems(in: result.registry, lines: result.lines, file: "r.yaml")
        #expect(
            problems.map(\.error) == [InputError(file: "r.yaml", line: 3, field: "entities.aliases", message: "alias 'pccw' is also an alias of 'a'")]
        )
    }

    @Test func everyShippedCableAliasMapsToItsEntity() throws {
        let matcher = OwnerNameMatcher(registry: try CableTestSupport.registry())
        let expected: [String: EntityID] = [
            "China Telecom": "china-telecom-corp-ltd", "China Unicom": "china-unicom-operations", "China Mobile": "china-mobile-ltd",
            "PCCW": "pccw-global",
            "AT&T": "att", "Verizon": "verizon",
        ]
        for (name, entity) in expected { #expect(matcher.entity(for: name) == entity, "\(name)") }
    }
}
