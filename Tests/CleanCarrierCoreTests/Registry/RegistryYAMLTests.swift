import CleanCarrierCore
import Foundation
import Testing

@Suite struct RegistryYAMLTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/registry/registry.yaml")

    @Test func fixtureIsValidAndRoundTrips() throws {
        let text = try String(contentsOf: Self.fixture, encoding: .utf8)
        let first = try RegistryYAMLReader.read(text, file: "registry.yaml")
        #expect(RegistryValidator.problems(in: first.registry, lines: first.lines, file: "registry.yaml").isEmpty)
        #expect(first.registry.designations.count >= 10)
        let exported = try RegistryYAMLWriter.yaml(first.registry)
        let second = try RegistryYAMLReader.read(exported, file: "export.yaml")
        #expect(second.registry == first.registry.canonical)
        #expect(try RegistryYAMLWriter.yaml(second.registry) == exported)
    }

    @Test func fixtureAnswersTheIssueQuestionAboutAS36678() throws {
        let registry = try RegistryYAMLReader.read(try String(contentsOf: Self.fixture, encoding: .utf8), file: "r").registry
        let resolver = TrustResolver(registry: registry)
        let after = try #require(TrustExplanation.explain("AS36678", on: Day(iso: "2022-04-01")!, resolver: resolver))
        #expect(after.untrusted)
        #expect(after.holder?.name == "China Telecom (Americas) Corporation")
        #expect(after.chains.contains { $0.contains("Covered List 2022-03-25") })
        #expect(after.chains.contains { $0.contains("Section 214 revocation 2021-10-26") })
        let before = try #require(TrustExplanation.explain("AS36678", on: Day(iso: "2019-01-01")!, resolver: resolver))
        #expect(!before.untrusted)
        #expect(before.otherDays.contains { $0.hasPrefix("not yet in force on 2019-01-01") && $0.contains("Clean Carrier listing 2020-08-05") })
    }

    @Test func badFieldsAreReportedWithLineAndField() {
        let text = """
            entities:
              - {id: a, name: A, country: US}
              - {id: B!, name: B, country: US}
            designations:
              - {id: d, entity: a, instrument: banned, effective: 2020-13-01, citation: x}
            """
        #expect {
            _ = try RegistryYAMLReader.read(text, file: "bad.yaml")
        } throws: { error in
            let errors = (error as? InputErrors)?.errors ?? []
            return errors.contains { $0.line == 3 && $0.field == "entities.id" }
                && errors.contains { $0.line == 5 && $0.field == "designations.instrument" }
                && errors.contains { $0.line == 5 && $0.field == "designations.effective" }
        }
    }

    @Test func unquotedCommaShowsAsUnknownField() {
        let text = "entities:\n  - {id: a, name: Lumen (Level 3, Qwest), country: US}\n"
        #expect(throws: InputErrors.self) { try RegistryYAMLReader.read(text, file: "r.yaml") }
    }

    @Test func validatorFindsUnknownEntitiesAndCycles() throws {
        let text = """
            entities:
              - {id: a, name: A, country: CN}
              - {id: b, name: B, country: CN}
            links:
              - {owner: a, owned: b, share: 60, source: s}
              - {owner: b, owned: a, share: 60, source: s}
              - {owner: a, owned: ghost, share: 60, source: s}
            """
        let result = try RegistryYAMLReader.read(text, file: "r.yaml")
        let problems = RegistryValidator.problems(in: result.registry, lines: result.lines, file: "r.yaml")
        #expect(problems.contains { $0.error.line == 7 && $0.error.field == "links.owned" && $0.error.message.contains("ghost") })
        #expect(problems.contains { $0.error.message.hasPrefix("ownership cycle") })
    }
}
