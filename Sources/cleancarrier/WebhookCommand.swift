import ArgumentParser
import CleanCarrierApp
import Logging

/// `cleancarrier webhook add|list|remove|deliveries`: receivers of compliance status changes.
struct WebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook",
        abstract: "Manage webhooks notified of compliance status changes (signed with HMAC-SHA256).",
        subcommands: [Add.self, List.self, Remove.self, Deliveries.self]
    )

    struct Add: StoreCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a receiver.",
            discussion: "The secret is sealed under WEBHOOKS_SECRET_KEY (32 bytes, base64), which must be set."
        )
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The URL to POST to.") var url: String
        @Option(help: "The shared secret bodies are signed with (X-CleanCarrier-Signature: v1=<hex HMAC-SHA256 of timestamp.delivery.body>).")
        var secret: String

        func run(services: AppServices, logger: Logger) async throws {
            print("webhook \(try await services.webhooks.add(url: self.url, secret: self.secret, logger: logger)): \(self.url)")
        }
    }

    struct List: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "List the receivers.")
        @OptionGroup var options: GlobalOptions

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.webhooks.list(logger: logger).tsv, terminator: "")
        }
    }

    struct Remove: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a receiver and its delivery log.")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The webhook id.") var id: Int64

        func run(services: AppServices, logger: Logger) async throws {
            try await services.webhooks.remove(id: self.id, logger: logger)
            print("removed webhook \(self.id)")
        }
    }

    struct Deliveries: StoreCommand {
        static let configuration = CommandConfiguration(abstract: "The delivery log, newest first.")
        @OptionGroup var options: GlobalOptions
        @Option(help: "How many deliveries to list.") var limit: Int = 50

        func run(services: AppServices, logger: Logger) async throws {
            print(try await services.webhooks.deliveries(limit: self.limit, logger: logger).tsv, terminator: "")
        }
    }
}
