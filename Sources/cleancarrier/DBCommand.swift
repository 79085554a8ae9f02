import ArgumentParser
import CleanCarrierStore

/// `cleancarrier db start|stop|status|url`: the embedded PostgreSQL cluster.
struct DBCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Manage the embedded PostgreSQL cluster in .cleancarrier/ (unused when DATABASE_URL is set).",
        subcommands: [Start.self, Stop.self, Status.self, URL.self]
    )

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the cluster if needed and start it (idempotent).")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let logger = self.options.logger()
            let url = try await DatabaseLocator.resolve(projectDirectory: self.options.projectDir, environment: [:], logger: logger)
            print("running: \(url)")
        }
    }

    struct Stop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Stop the cluster if it runs.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let (cluster, _) = LocalPostgres.forProject(at: self.options.projectDir)
            print(try await cluster.stop() ? "stopped" : "not running")
        }
    }

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Say whether the cluster exists and runs; exit 3 when it does not run.")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let (cluster, fallback) = LocalPostgres.forProject(at: self.options.projectDir)
            if let fallback { print("note: \(fallback)") }
            switch try await cluster.status() {
            case .notCreated:
                print("not created (in \(cluster.baseDirectory))")
                throw ExitCode(3)
            case .stopped:
                print("stopped (in \(cluster.baseDirectory))")
                throw ExitCode(3)
            case .running(let endpoint):
                print("running in \(cluster.baseDirectory): socket \(endpoint.socketPath), port \(endpoint.port)")
            }
        }
    }

    struct URL: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the cluster's connection URL (for psql or DATABASE_URL).")
        @OptionGroup var options: GlobalOptions

        func run() async throws {
            let (cluster, _) = LocalPostgres.forProject(at: self.options.projectDir)
            guard case .running(let endpoint) = try await cluster.status() else {
                throw ValidationError("the local cluster is not running: start it with `cleancarrier db start`")
            }
            print(endpoint.url())
        }
    }
}
