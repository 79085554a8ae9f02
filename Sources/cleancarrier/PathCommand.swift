import ArgumentParser

/// `cleancarrier path check`: the Clean Path verdict of a data or call path.
struct PathCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "path",
        abstract: "Judge paths against the Clean Path (untrusted carriers and untrusted vendors' equipment).",
        subcommands: [PathCheckCommand.self]
    )
}
