import ArgumentParser
@main struct CleanCarrierCommand: AsyncParsableCommand { func run() async throws {} }
