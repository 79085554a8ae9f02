import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Synchronization
import Testing

/// A webhook receiver on 127.0.0.1 for tests: records every request and answers with the given status codes in turn,
/// then 200 (a 3xx with `Location` pointing back at itself).
final class WebhookReceiver: Sendable {
    struct Request: Sendable {
        /// Header names in lowercase.
        var headers: [String: String]
        var body: Data
    }

    private let state: Mutex<(requests: [Request], statuses: [Int])>

    private init(statuses: [Int]) { self.state = Mutex(([], statuses)) }

    var requests: [Request] { self.state.withLock { $0.requests } }

    private func record(_ request: Request) -> Int {
        self.state.withLock { state in
            state.requests.append(request)
            return state.statuses.isEmpty ? 200 : state.statuses.removeFirst()
        }
    }

    /// Runs a receiver for the length of `body`, which gets the receiver and its URL.
    static func with(statuses: [Int] = [], _ body: @Sendable (WebhookReceiver, String) async throws -> Void) async throws {
        let receiver = WebhookReceiver(statuses: statuses)
        let router = Router()
        router.post("/hook") { request, _ -> Response in
            let buffer = try await request.body.collect(upTo: 1 << 20)
            var headers: [String: String] = [:]
            for field in request.headers { headers[field.name.canonicalName] = field.value }
            let status = HTTPResponse.Status(code: receiver.record(Request(headers: headers, body: Data(buffer.readableBytesView))))
            // A redirect points back here, so following it would show as a second request.
            return Response(status: status, headers: status.kind == .redirection ? [.location: "/hook"] : [:])
        }
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        var logger = Logger(label: "webhook-receiver")
        logger.logLevel = .critical  // stopping the server logs the cancellation as an error
        let app = Application(
            router: router,
            configuration: .init(address: .hostname("127.0.0.1", port: 0)),
            onServerRunning: { channel in continuation.yield(channel.localAddress?.port ?? 0) },
            logger: logger
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            try await body(receiver, "http://127.0.0.1:\(port)/hook")
            group.cancelAll()
        }
    }
}
