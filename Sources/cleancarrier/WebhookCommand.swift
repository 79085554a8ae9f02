import ArgumentParser
import CleanCarrierApp
import CleanCarrierStore

/// `cleancarrier webhook add|list|remove|deliveries`: receivers of compliance status changes.
struct WebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook", abstract: "Manage webhooks notified of compliance status changes (signed with HMAC-SHA256).",
        subcommands: [Add.self, List.self, Remove.self, Deliveries.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a receiver.", discussion: "The secret is sealed under WEBHOOKS_SECRET_KEY (32 bytes, base64), which must be set.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The URL to POST to.") var url: String
        @Option(help: "The shared secret bodies are signed with (X-CleanCarrier-Signature: v1=<hex HMAC-SHA256 of timestamp.delivery.body>).")
        var secret: String

        func run() async throws {
            let (url, secret) = (self.url, self.secret)
            let id = try await self.options.withServices { services, logger in try await services.webhooks.add(url: url, secret: secret, logger: logger) }
            print("webhook \(id): \(url)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the receivers.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            print(try await self.options.withServices { services, logger in try await services.webhooks.list(logger: logger) }.tsv, terminator: "")
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a receiver and its delivery log.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The webhook id.") var id: Int64

        func run() async throws {
            let id = self.id
            try await self.options.withServices { services, logger in try await services.webhooks.remove(id: id, logger: logger) }
            print("removed webhook \(id)")
        }
    }

    struct Deliveries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The delivery log, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "How many deliveries to list.") var limit: Int = 50

        func run() async throws {
            let limit = self.limit
            let deliveries = try await self.options.withServices { services, logger in try await services.webhooks.deliveries(limit: limit, logger: logger) }
            print(deliveries.tsv, terminator: "")
        }
    }
}
