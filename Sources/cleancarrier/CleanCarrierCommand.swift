import ArgumentParser

/// The `cleancarrier` command line.
@main
struct CleanCarrierCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleancarrier",
        abstract: "Checks carrier interconnections against the US Clean Carrier policy.",
        version: "0.1.0",
        subcommands: [
            DemoCommand.self, DBCommand.self, MigrateCommand.self, ImportCommand.self, EvaluateCommand.self, ReportCommand.self,
            RegistryCommand.self, TraceCommand.self, PathCommand.self, RoutesCommand.self, CablesCommand.self, ExposureCommand.self,
            NumbersCommand.self,
            WorkerCommand.self, JobsCommand.self, ScheduleCommand.self, WebhookCommand.self, ServeCommand.self, KeysCommand.self,
        ]
    )

    /// Parses the arguments and runs the command, reporting its failure through `CommandFailure`.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand { try await command.run() } else { try command.run() }
        } catch {
            exit(withError: CommandFailure.report(error))
        }
    }
}
