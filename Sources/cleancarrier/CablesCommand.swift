import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// `cleancarrier cables`: the submarine cables landing in a country, their owners and each owner's verdict; no database.
struct CablesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cables",
        abstract: "List the submarine cables landing in a country, with landing points, owners, verdicts and trust chains (no database).",
        discussion: """
            Reads TeleGeography's submarine cable map API v3 folder unchanged (cable/*.json, landing-point/*.json and \
            landing-point/landing-point-geo.json) and a registry file; owner names map to entities through registry aliases.
            """
    )

    @Option(help: "The cable map folder (TeleGeography API v3: cable/, landing-point/).") var cables: String
    @Option(help: "The registry file (YAML).") var registry: String
    @Option(help: "The day to judge (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
    @Option(help: "The country the cables land in (ISO 3166-1 alpha-2).") var country = "US"
    @Flag(help: "Print JSON instead of text.") var json = false

    func run() async throws {
        let country = self.country.uppercased()
        let listing = try await CableMapAnalysis.listing(cablesFolder: self.cables, registryFile: self.registry, country: country, day: self.asOf)
        try writeOutput(listing, json: self.json, text: listing.text + "\n")
    }
}
