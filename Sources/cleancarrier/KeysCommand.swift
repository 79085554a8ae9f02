import ArgumentParser
import CleanCarrierApp
import CleanCarrierStore
import Logging

/// `cleancarrier keys create|list|revoke`: API keys, e.g. the first admin key of a new database.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create, list and revoke API keys (only their SHA-256 is stored).",
        subcommands: [Create.self, List.self, Revoke.self]
    )

    struct Create: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key and print it once, on standard output.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "regulator, telco or admin.") var role: APIKey.Role
        @Option(help: "The tenant a telco key uploads for (created when missing).") var tenant: String?
        @Option(name: .customLong("entity"), help: "An entity a telco key is bound to (repeat for several).") var entities: [String] = []
        @Option(help: "A note on whom the key is for.") var label: String?

        func run(services: AppServices, logger: Logger) async throws {
            let request = KeyService.NewKey(role: self.role, tenant: self.tenant, entities: self.entities, label: self.label)
            let (key, secret) = try await services.keys.create(request, by: .commandLine, logger: logger)
            printError("created key #\(key.id) (\(key.role.rawValue), prefix \(key.prefix)); it is shown once, store it now:")
            print(secret.text)
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never their secrets).")
        @OptionGroup var options: GlobalOptions

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.keys.list(logger: logger).tsv, terminator: "")
        }
    }

    struct Revoke: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its id.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The key's id (see `keys list`).") var id: Int64

        func run(services: AppServices, logger: Logger) async throws {
            let key = try await services.keys.revoke(id: self.id, by: .commandLine, logger: logger)
            printError("revoked key #\(key.id) (\(key.prefix))")
        }
    }
}

extension APIKey.Role: ExpressibleByArgument {}
