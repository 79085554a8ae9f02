@testable import CleanCarrierServer
import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Synchronization
import Testing

/// Request bodies are bounded before any handler or role check reads them: 1 MiB for JSON, the upload limit for
/// uploads; a declared length over the limit is refused unread, a longer stream as soon as it passes the limit.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct BodyLimitTests {
    static let json = "application/json"

    @Test func aJSONBodyOverOneMebibyteGets413BeforeTheRoleCheck() async throws {
        try await APITestHarness.run { api in
            let huge = Data(#"{"role":"admin","label":""#.utf8) + Data(repeating: UInt8(ascii: "x"), count: 1 << 20) + Data(#""}"#.utf8)
            for key in [api.att, api.admin] {
                let response = try await api.request("/keys", .post, key: key, contentType: Self.json, body: huge)
                #expect(response.status == .contentTooLarge)
                #expect(response.headers[.contentType] == "application/problem+json")
                #expect(try APITestHarness.json(response)["status"] as? Int == 413)
            }
            // Just under the limit is read (and refused for its role, or created).
            let small = Data(#"{"role":"regulator","label":""#.utf8) + Data(repeating: UInt8(ascii: "x"), count: 1000) + Data(#""}"#.utf8)
            #expect(try await api.request("/keys", .post, key: api.att, contentType: Self.json, body: small).status == .forbidden)
        }
    }

    /// On a live server: a declared `Content-Length` over the limit is answered 413 at once, though the body never
    /// comes (curl sends 2 bytes and waits); a chunked body with no declared length is cut off at the limit.
    @Test func aDeclaredLengthOverTheLimitIsRefusedUnreadAndAChunkedOneAtTheLimit() async throws {
        try await APITestHarness.run(settings: ["http.port": 0], live: true) { api in
            let port = try #require(api.client.port)
            let cases: [(String, String, String)] = [
                ("/keys", Self.json, "300000000"), ("/designations", Self.json, String((1 << 20) + 1)),
                ("/datasets/interconnects", "text/csv", String(APITestHarness.uploadLimit + 1)),
            ]
            for (uri, type, length) in cases {
                let status = try Self.curl(port: port, uri: uri, key: api.regulator, arguments: [
                    "-H", "Content-Type: \(type)", "-H", "Content-Length: \(length)", "--data-binary", "{}", "--max-time", "10",
                ])
                #expect(status == "413", "\(uri)")
            }
            // 3 MiB streamed chunked, with no length declared, to a JSON operation and by a key that may not use it.
            let chunked = try Self.curl(port: port, uri: "/keys", key: api.att, arguments: [
                "-H", "Content-Type: \(Self.json)", "-H", "Transfer-Encoding: chunked", "--data-binary", "@" + (try Self.file(bytes: 3 << 20)),
                "--max-time", "30",
            ])
            #expect(chunked == "413")
        }
    }

    /// The status curl got for a POST to `uri` on the loopback `port`.
    static func curl(port: Int, uri: String, key: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "-H", "Authorization: Bearer \(key)"] + arguments
            + ["http://127.0.0.1:\(port)\(uri)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }

    /// A temporary file of `bytes` bytes of JSON-ish text.
    static func file(bytes: Int) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("body-\(UUID().uuidString).json").path
        try Data(repeating: UInt8(ascii: "x"), count: bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func theLimitStopsReadingAnEndlessStream() async throws {
        let endless = EndlessBody(chunk: 64 * 1024)
        let limited = BodyLimit(base: endless, limit: 1 << 20)
        await #expect(throws: ProblemDetails.self) {
            for try await _ in limited {}
        }
        #expect(endless.pulled.load() <= (1 << 20) / (64 * 1024) + 1)
    }
}

/// An endless request body that counts the chunks read from it.
struct EndlessBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    let chunk: Int
    let pulled = Counter()

    struct AsyncIterator: AsyncIteratorProtocol {
        let buffer: ByteBuffer
        let pulled: Counter

        mutating func next() async throws -> ByteBuffer? {
            self.pulled.increment()
            return self.buffer
        }
    }

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(buffer: ByteBuffer(repeating: UInt8(ascii: "x"), count: self.chunk), pulled: self.pulled)
    }
}

/// A count shared across tasks.
final class Counter: Sendable {
    private let value = Mutex(0)

    func increment() { self.value.withLock { $0 += 1 } }

    func load() -> Int { self.value.withLock { $0 } }
}
