import ArgumentParser
import CleanCarrierApp
import CleanCarrierCore

/// `cleancarrier cables`: the submarine cables landing in a country, their owners and each owner's verdict, from a cable
/// map folder and a registry file, or from the store.
struct CablesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cables",
        abstract: "List the submarine cables landing in a country, with landing points, owners, verdicts and trust chains.",
        discussion: """
            With --cables and --registry, reads TeleGeography's submarine cable map API v3 folder unchanged (cable/*.json, \
            landing-point/*.json and landing-point/landing-point-geo.json) and a registry file, no database; without them, \
            the store's active cable map (`import cables`) and registry, as GET /cables does. Owner names map to entities \
            through registry aliases.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Option(help: "The cable map folder (TeleGeography API v3: cable/, landing-point/) instead of the store's.") var cables: String?
    @Option(help: "With --cables: the registry file (YAML).") var registry: String?
    @Option(help: "The day to judge (YYYY-MM-DD; default: today, UTC).") var asOf: Day = .today
    @Option(help: "The country the cables land in (ISO 3166-1 alpha-2).") var country = "US"
    @Flag(help: "Print JSON instead of text.") var json = false

    func validate() throws {
        if (self.cables == nil) != (self.registry == nil) { throw ValidationError("--cables and --registry go together") }
    }

    func run() async throws {
        let country = self.country.uppercased()
        let listing: CableListing? =
            if let cables, let registry {
                try await CableMapAnalysis.listing(cablesFolder: cables, registryFile: registry, country: country, day: self.asOf)
            } else {
                try await self.options.withServices { services, logger in
                    try await services.cables.listing(country: country, day: self.asOf, logger: logger)?.listing
                }
            }
        guard let listing else { throw RequestRefusal.conflict(CableService.noCableMap) }
        try writeOutput(listing, json: self.json, text: listing.text + "\n")
    }
}
