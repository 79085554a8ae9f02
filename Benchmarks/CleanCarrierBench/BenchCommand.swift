import ArgumentParser

/// `cleancarrier-bench`: the timing runs `scripts/bench` drives, kept out of the production command line. Built only
/// with `CLEANCARRIER_BENCHMARKS=1` set (see Package.swift).
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cleancarrier-bench",
        abstract: "Time CleanCarrier's engines in-process (used by scripts/bench).",
        subcommands: [RoutesBenchmark.self, NumbersBenchmark.self, TraceBenchmark.self]
    )
}
