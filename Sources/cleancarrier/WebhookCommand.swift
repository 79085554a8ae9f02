import CleanCarrierApp
import ArgumentParser
import CleanCarrierStore
import Foundation

/// `cleancarrier webhook add|list|remove|deliveries`: receivers of compliance status changes.
struct WebhookCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "webhook", abstract: "Manage webhooks notified of compliance status changes (signed with HMAC-SHA256).",
        subcommands: [Add.self, List.self, Remove.self, Deliveries.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a receiver.")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "The URL to POST to.")
        var url: String

        @Option(help: "The shared secret the body is signed with (X-CleanCarrier-Signature: v1=<hex HMAC-SHA256 of timestamp.delivery.body>).")
        var secret: String

        func validate() throws {
            guard let url = URL(string: self.url), ["http", "https"].contains(url.scheme ?? ""), url.host != nil else {
                throw ValidationError("'\(self.url)' is not an http(s) URL")
            }
            guard self.secret.utf8.count >= 16 else { throw ValidationError("--secret must be at least 16 bytes") }
        }

        func run() async throws {
            let (url, secret) = (self.url, self.secret)
            let id = try await self.options.withServices { services, logger in
                try await WebhookRepository(client: services.client).add(url: url, secret: secret, logger: logger)
            }
            print("webhook \(id): \(url)")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the receivers.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let hooks = try await self.options.withServices { services, logger in
                try await WebhookRepository(client: services.client).list(logger: logger)
            }
            print("id\turl\tenabled")
            for hook in hooks { print("\(hook.id)\t\(hook.url)\t\(hook.enabled)") }
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a receiver and its delivery log.")
        @OptionGroup var options: GlobalOptions

        @Argument(help: "The webhook id.")
        var id: Int64

        func run() async throws {
            let id = self.id
            let removed = try await self.options.withServices { services, logger in
                try await WebhookRepository(client: services.client).remove(id: id, logger: logger)
            }
            guard removed else { throw ValidationError("there is no webhook \(id)") }
            print("removed webhook \(id)")
        }
    }

    struct Deliveries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The delivery log, newest first.")
        @OptionGroup var options: GlobalOptions

        @Option(help: "How many deliveries to list.")
        var limit: Int = 50

        func run() async throws {
            let limit = self.limit
            let deliveries = try await self.options.withServices { services, logger in
                try await WebhookRepository(client: services.client).deliveries(limit: limit, logger: logger)
            }
            print("id\twebhook\tevaluation\tstatus\tattempts\tresponse\tlast_error")
            for delivery in deliveries {
                let code = delivery.responseCode.map(String.init) ?? "-"
                print(
                    "\(delivery.id)\t\(delivery.webhookID)\t\(delivery.evaluationID)\t\(delivery.status)\t\(delivery.attempts)\t\(code)\t"
                        + (delivery.lastError ?? ""))
            }
        }
    }
}
