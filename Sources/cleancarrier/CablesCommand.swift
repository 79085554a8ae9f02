import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore
import Foundation

/// `cleancarrier cables`: the submarine cables landing in a country, their owners and each owner's verdict; no database.
struct CablesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cables",
        abstract: "List the submarine cables landing in a country, with landing points, owners, verdicts and trust chains (no database).",
        discussion: """
            Reads TeleGeography's submarine cable map API v3 folder unchanged (cable/*.json, landing-point/*.json and \
            landing-point/landing-point-geo.json) and a registry file; owner names map to entities through registry aliases.
            """)

    @Option(help: "The cable map folder (TeleGeography API v3: cable/, landing-point/).")
    var cables: String

    @Option(help: "The registry file (YAML).")
    var registry: String

    @Option(name: .customLong("as-of"), help: "The day to judge (YYYY-MM-DD; default: today, UTC).", transform: DayArgument.parse)
    var asOf: Day = DayArgument.today

    @Option(help: "The country the cables land in (ISO 3166-1 alpha-2).")
    var country = "US"

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func run() async throws {
        let country = self.country.uppercased()
        guard CountryCodes.code(for: country) == country else { throw ValidationError("--country: '\(self.country)' is not an ISO 3166 code") }
        let listing: CableListing
        do {
            listing = try await CableMapAnalysis.listing(cablesFolder: self.cables, registryFile: self.registry, country: country, day: self.asOf)
        } catch let error as InputErrors {
            error.errors.forEach { printError($0.description) }
            throw ExitCode(65)
        } catch let error as InputError {
            printError(error.description)
            throw ExitCode(66)
        }
        if self.json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOutput(try encoder.encode(listing) + Data("\n".utf8))
        } else {
            writeOutput(Data((listing.text + "\n").utf8))
        }
    }
}
