import CleanCarrierStore
import Logging
import PostgresNIO

extension JobWorker {
    /// Holds a connection that LISTENs on the queue's channel and signals `wake` on every notification; reconnects
    /// after errors until cancelled. Each (re)connection signals once, in case a notification was missed meanwhile.
    func listen(wake: WakeSignal) async {
        while !Task.isCancelled {
            do {
                try await self.queue.client.withConnection { connection in
                    try await connection.listen(on: JobQueue.channel) { notifications in
                        wake.signal()
                        for try await _ in notifications { wake.signal() }
                    }
                }
            } catch {
                guard !Task.isCancelled else { return }
                self.logger.warning("Listening for jobs failed; retrying", metadata: ["error": "\(error)"])
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }
}
