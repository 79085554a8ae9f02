import CleanCarrierStore
import CleanCarrierTestSupport
import Testing

/// `Database.withClient`'s shutdown: a client's `run()` that ends when cancelled is awaited; one that does not end is
/// given up after the timeout instead of hanging the caller.
@Suite struct DatabaseShutdownTests {
    @Test func aRunThatEndsWhenCancelledIsAwaited() async {
        let running = Task {
            while !Task.isCancelled { try? await Task.sleep(for: .milliseconds(10)) }
        }
        let ended = await Database.stop(running, within: .seconds(30), logger: TestDatabase.logger)
        #expect(ended)
        #expect(running.isCancelled)
    }

    @Test func aRunThatIgnoresItsCancellationIsGivenUpAfterTheTimeout() async {
        // The work is detached, so cancelling the task does not reach it: it goes on for two minutes (a
        // stop that waited for it would return true then, and the test would fail). No duration is asserted: on a loaded
        // machine the 200 ms timer itself was seen to fire 26 s late.
        let running = Task { _ = await Task.detached { try? await Task.sleep(for: .seconds(120)) }.value }
        let ended = await Database.stop(running, within: .milliseconds(200), logger: TestDatabase.logger)
        #expect(!ended)
    }
}
