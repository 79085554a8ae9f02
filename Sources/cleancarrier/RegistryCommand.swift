import ArgumentParser
import CleanCarrierCore
import CleanCarrierStore
import Foundation
import Logging
import PostgresNIO

/// `cleancarrier registry explain|check|export|import`: who is untrusted, since when, and why.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry", abstract: "Explain, check, import and export the registry of entities and designations.",
        subcommands: [Explain.self, Check.self, Export.self, Import.self])

    /// The registry from `--file`, or the active one in the store.
    static func registry(file: String?, options: GlobalOptions, logger: Logger) async throws -> Registry {
        if let file {
            let text = String(decoding: try TextSource.data(at: file), as: UTF8.self)
            return try RegistryYAMLReader.read(text, file: file).registry
        }
        let url = try await options.database(logger: logger)
        return try await Database.withClient(url, logger: logger) { client in try await Self.activeRegistry(client: client, logger: logger) }
    }

    /// The active registry in the store.
    static func activeRegistry(client: PostgresClient, logger: Logger) async throws -> Registry {
        guard let version = try await RegistryRepository(client: client).activeVersion(logger: logger) else {
            throw ValidationError("no registry has been imported: run `cleancarrier import registry FILE` or pass --file")
        }
        return try await RegistryRepository(client: client).registry(dataset: version, logger: logger)
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
            let logger = self.options.logger()
            let (registry, registration, name, siblings) = try await self.inputs(logger: logger)
            let resolver = TrustResolver(registry: registry, affiliateThreshold: self.affiliateThreshold)
            guard
                let explanation = TrustExplanation.explain(
                    self.subject, on: self.asOf, resolver: resolver, registration: registration, publishedName: name, accountSiblings: siblings)
            else {
                throw ValidationError("neither the registry nor the imported RIR statistics and AS names know '\(self.subject)'")
            }
            if self.json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(explanation), as: UTF8.self))
            } else {
                print(explanation.text)
            }
        }

        /// The registry, and for an ASN what the public registries say about it (registration, name, the other ASNs of its
        /// RIR account): from `--file` alone, or from the store.
        private func inputs(logger: Logger) async throws -> (Registry, ASNRegistration?, ASName?, [ASN]) {
            if let file = self.file { return (try await RegistryCommand.registry(file: file, options: self.options, logger: logger), nil, nil, []) }
            let asn = TrustExplanation.asn(in: self.subject)
            let url = try await self.options.database(logger: logger)
            return try await Database.withClient(url, logger: logger) { client in
                let registry = try await RegistryCommand.activeRegistry(client: client, logger: logger)
                guard let asn else { return (registry, nil, nil, []) }
                let repository = ASNRegistrationRepository(client: client)
                let registration = try await repository.registration(of: asn, logger: logger)
                var siblings: [ASN] = []
                if let registration { siblings = try await repository.asns(sharingAccountOf: registration, logger: logger) }
                return (registry, registration, try await repository.name(of: asn, logger: logger), siblings)
            }
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a registry file; exit 65 when it has errors.")
        @Argument(help: "The registry YAML file.") var file: String

        func run() throws {
            let text = String(decoding: try TextSource.data(at: self.file), as: UTF8.self)
            let result: RegistryYAMLReader.Result
            do { result = try RegistryYAMLReader.read(text, file: self.file) } catch {
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
            let outcomes = try await Database.withClient(url, logger: logger) { client in
                try await ImportCommand.importFiles([file], kind: .registry, tenant: nil, client: client, logger: logger)
            }
            if outcomes.contains(where: { $0.status == .rejected }) { throw ExitCode(65) }
        }
    }
}
