import ArgumentParser

/// `cleancarrier trace data|call`: follow one path through the active datasets, with the trust verdict of each hop.
struct TraceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Trace one path through the active datasets, with each hop's trust verdict.",
        subcommands: [TraceDataCommand.self, TraceCallCommand.self]
    )
}
