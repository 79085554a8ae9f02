import ArgumentParser
import CleanCarrierApp

/// `cleancarrier migrate`: apply pending SQL migrations.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Apply pending database migrations (SQL/migrations/*.sql).")
    @OptionGroup var options: GlobalOptions

    func run() async throws {
        let logger = self.options.logger()
        let url = try await self.options.database(logger: logger)
        let applied = try await AppServices.migrate(url, logger: logger)
        print(applied.isEmpty ? "schema is current" : "applied: \(applied.joined(separator: ", "))")
    }
}
