import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import Logging

/// `cleancarrier registry explain|check|export|import`: who is untrusted, since when, and why.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "Explain, check, import and export the registry of entities and designations.",
        subcommands: [Explain.self, Check.self, Export.self, Import.self])

    /// The registry from `file`, or the active one in the store.
    static func registry(file: String?, options: GlobalOptions, logger: Logger) async throws -> Registry {
        if let file { return try await InputFile.registry(at: file).registry }
        return try await options.withServices { services, logger in
            try await services.registry.activeRegistry(logger: logger)
        }
    }

    struct Explain: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say whether an ASN or entity is untrusted on a date, and why.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "An ASN (AS36678) or an entity id (china-telecom-americas).") var subject: String
        @Option(help: "The date (YYYY-MM-DD; default today).", transform: DayArgument.parse) var asOf: Day = DayArgument.today
        @Option(help: "Read the registry from this YAML file instead of the store.") var file: String?
        @Option(help: "Ownership share, in percent, above which a subsidiary inherits a designation.") var affiliateThreshold: Double = 50
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let (subject, asOf, threshold) = (self.subject, self.asOf, self.affiliateThreshold)
            let explanation =
                if let file = self.file {
                    try RegistryService.explain(subject, on: asOf, in: try await InputFile.registry(at: file).registry, affiliateThreshold: threshold)
                } else {
                    try await self.options.withServices { services, logger in
                        try await services.registry.explain(subject, on: asOf, affiliateThreshold: threshold, logger: logger)
                    }
                }
            if self.json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
            } else {
                print(explanation.text)
            }
        }
    }

    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a registry file; exit 65 when it has errors.")
        @Argument(help: "The registry YAML file.") var file: String

        func run() async throws {
            let result: RegistryYAMLReader.Result
            do { result = try await InputFile.registry(at: self.file) } catch {
                for problem in error.errors { printError("error: \(problem)") }
                throw ExitCode(65)
            }
            let problems = RegistryValidator.problems(in: result.registry, lines: result.lines, file: self.file)
            for problem in problems { printError(problem.description) }
            let registry = result.registry
            print(
                "\(self.file): \(registry.entities.count) entities, \(registry.links.count) links, \(registry.identifiers.count) identifiers, "
                    + "\(registry.designations.count) designations; \(problems.filter { $0.level == .error }.count) errors, "
                    + "\(problems.filter { $0.level == .warning }.count) warnings")
            if problems.contains(where: { $0.level == .error }) { throw ExitCode(65) }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write the active registry as YAML (round-trips through import).")
        @OptionGroup var options: GlobalOptions
        @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

        func run() async throws {
            let logger = self.options.logger()
            let yaml = try RegistryYAMLWriter.yaml(try await RegistryCommand.registry(file: nil, options: self.options, logger: logger))
            if let output { try yaml.write(toFile: output, atomically: true, encoding: .utf8) } else { print(yaml, terminator: "") }
        }
    }

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Import a registry YAML file (same as `import registry`).")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The registry YAML file.") var file: String

        func run() async throws {
            let logger = self.options.logger()
            let url = try await self.options.database(logger: logger)
            let file = self.file
            let outcomes = try await AppServices.run(url, logger: logger) { services in
                try await ImportCommand.importFiles([file], kind: .registry, tenant: nil, services: services, logger: logger)
            }
            if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
        }
    }
}
