import CleanCarrierStore
import CleanCarrierTestSupport
import Foundation
import Testing

@Suite(
    .enabled(
        if: TestDatabase.isAvailable && ProcessInfo.processInfo.environment["DATABASE_URL"] == nil,
        "needs the PostgreSQL server binaries (apt-get install -y postgresql); skipped when DATABASE_URL selects another server"
    )
)
struct LocalPostgresTests {
    @Test func concurrentStartsShareOneClusterAndStopStopsIt() async throws {
        let folder = "/tmp/cc-lp-\(UUID().uuidString.prefix(8))"
        let cluster = LocalPostgres(baseDirectory: folder, durable: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let endpoints = try await withThrowingTaskGroup(of: LocalPostgres.Endpoint.self) { group in
            for _ in 0..<3 { group.addTask { try await cluster.start() } }
            return try await group.reduce(into: [LocalPostgres.Endpoint]()) { $0.append($1) }
        }
        #expect(Set(endpoints).count == 1)
        let endpoint = try #require(endpoints.first)
        #expect(try await cluster.status() == .running(endpoint))
        #expect(try await cluster.start() == endpoint)
        #expect(try await cluster.stop())
        #expect(try await cluster.status() == .stopped)
        #expect(try await cluster.stop() == false)
        #expect(try await cluster.start() == endpoint)
        #expect(try await cluster.stop())
    }

    @Test func databaseURLParsesSocketsAndCredentials() throws {
        let url = try DatabaseURL("postgres://alice:s%40cret@db.example:6543/cc?sslmode=require")
        #expect(url.username == "alice" && url.password == "s@cret" && url.port == 6543 && url.database == "cc" && url.requireTLS)
        #expect(url.description == "postgres://alice:***@db.example:6543/cc")
        let socket = try DatabaseURL("postgresql://bob@localhost:5433/x?host=/run/postgresql")
        #expect(socket.socketDirectory == "/run/postgresql")
        #expect(throws: DatabaseURL.Invalid.self) { try DatabaseURL("mysql://nope") }
    }
}
