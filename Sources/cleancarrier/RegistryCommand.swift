import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import Logging

/// `cleancarrier registry explain|check|export|import`: who is untrusted, since when, and why.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Explain, check, import and export the registry of entities and designations.",
        subcommands: [Explain.self, Check.self, Export.self, Import.self]
    )

    /// The registry from `file`, or the active one in the store.
    static func registry(file: String?, options: GlobalOptions) async throws -> Registry {
        if let file { return try await InputFile.registry(at: file).registry }
        return try await options.withServices { services, logger in try await services.registry.activeRegistry(logger: logger) }
    }

    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say whether an ASN or entity is untrusted on a date, and why.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "An ASN (AS36678) or an entity id (china-telecom-americas).") var subject: String
        @Option(help: "The date (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
        @Option(help: "Read the registry from this YAML file instead of the store.") var file: String?
        @Option(help: "Ownership share, in percent, above which a subsidiary inherits a designation.") var affiliateThreshold: Double = 50
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let explanation =
                if let file = self.file {
                    try RegistryService.explain(
                        self.subject,
                        on: self.asOf,
                        in: try await InputFile.registry(at: file).registry,
                        affiliateThreshold: self.affiliateThreshold
                    )
                } else {
                    try await self.options.withServices { services, logger in
                        try await services.registry.explain(self.subject, on: self.asOf, affiliateThreshold: self.affiliateThreshold, logger: logger)
                    }
                }
            try writeOutput(explanation, json: self.json, text: explanation.text + "\n")
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a registry file; exit 65 when it has errors.")
        @Argument(help: "The registry YAML file.") var file: String

        func run() async throws {
            let check = try await RegistryFileCheck(file: self.file)
            for problem in check.problems { printError(problem.description) }
            print(check.summary)
            if check.hasErrors { throw ExitCode(65) }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the active registry as YAML (round-trips through import).")
        @OptionGroup var options: GlobalOptions
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let yaml = try RegistryYAMLWriter.yaml(try await RegistryCommand.registry(file: nil, options: self.options))
            if let output { try yaml.write(toFile: output, atomically: true, encoding: .utf8) } else { writeOutput(yaml) }
        }
    }

    struct Import: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Import a registry YAML file (same as `import registry`).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The registry YAML file.") var file: String

        func run(services: AppServices, logger: Logger) async throws {
            try await services.imports.importFilesOrFail([self.file], kind: .registry, logger: logger) { printError($0.description) }
        }
    }
}
