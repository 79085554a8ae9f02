import CleanCarrierApp
import ArgumentParser
import CleanCarrierStore
import Foundation

/// `cleancarrier keys create|list|revoke`: API keys, e.g. the first admin key of a new database.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Create, list and revoke API keys (only their SHA-256 is stored).",
        subcommands: [Create.self, List.self, Revoke.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a key and print it once, on standard output.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "regulator, telco or admin.") var role: APIKey.Role
        @Option(help: "The tenant a telco key uploads for (created when missing).") var tenant: String?
        @Option(name: .customLong("entity"), help: "An entity a telco key is bound to (repeat for several).") var entities: [String] = []
        @Option(help: "A note on whom the key is for.") var label: String?

        func run() async throws {
            let logger = self.options.logger()
            let url = try await self.options.database(logger: logger)
            let (key, secret) = try await AppServices.run(url, logger: logger) { services in
                let created: (APIKey, APIKeySecret)
                do {
                    created = try await APIKeyRepository(client: services.client).create(
                        role: self.role, tenant: self.tenant, entities: self.entities, label: self.label, logger: logger)
                } catch let refusal as APIKeyRepository.Refusal {
                    throw ValidationError(refusal.description)
                }
                try await AuditLog(client: services.client).record(
                    .commandLine, action: "key.create", target: "key:\(created.0.id)",
                    details: ["prefix": created.0.prefix, "role": created.0.role.rawValue], logger: logger)
                return created
            }
            printError("created key #\(key.id) (\(key.role.rawValue), prefix \(key.prefix)); it is shown once, store it now:")
            print(secret.text)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List keys (never their secrets).")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let logger = self.options.logger()
            let url = try await self.options.database(logger: logger)
            let keys = try await AppServices.run(url, logger: logger) { services in try await APIKeyRepository(client: services.client).list(logger: logger) }
            let formatter = ISO8601DateFormatter()
            for key in keys {
                let bindings = key.tenant.map { " tenant=\($0) entities=\(key.entities.joined(separator: ","))" } ?? ""
                let state = key.revokedAt.map { "revoked \(formatter.string(from: $0))" } ?? "active"
                print("#\(key.id) \(key.prefix) \(key.role.rawValue)\(bindings) created \(formatter.string(from: key.createdAt)) \(state)")
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Revoke a key by its id.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The key's id (see `keys list`).") var id: Int64

        func run() async throws {
            let logger = self.options.logger()
            let url = try await self.options.database(logger: logger)
            let id = self.id
            let key = try await AppServices.run(url, logger: logger) { services in
                let key = try await APIKeyRepository(client: services.client).revoke(id: id, logger: logger)
                if let key {
                    try await AuditLog(client: services.client).record(
                        .commandLine, action: "key.revoke", target: "key:\(key.id)", details: ["prefix": key.prefix], logger: logger)
                }
                return key
            }
            guard let key else { throw ValidationError("there is no key #\(id)") }
            printError("revoked key #\(key.id) (\(key.prefix))")
        }
    }
}

extension APIKey.Role: ExpressibleByArgument {}
