import Foundation
import Testing
import Yams

/// Docker cannot run on the build machines, so this checks what can be checked without it: the compose file's shape.
@Suite struct DockerComposeTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func composeFileDefinesPostgresServerAndWorker() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docker-compose.yml"), encoding: .utf8)
        let compose = try #require(try Yams.load(yaml: text) as? [String: Any])
        let services = try #require(compose["services"] as? [String: Any])
        #expect(Set(services.keys) == ["postgres", "server", "worker"])
        let postgres = try #require(services["postgres"] as? [String: Any])
        #expect((postgres["image"] as? String)?.hasPrefix("postgres:") == true)
        for (name, subcommand) in [("server", "serve"), ("worker", "worker")] {
            let service = try #require(services[name] as? [String: Any])
            let command = try #require(service["command"] as? [String])
            #expect(Array(command.prefix(2)) == ["cleancarrier", subcommand])
            let environment = try #require(service["environment"] as? [String: Any])
            #expect((environment["DATABASE_URL"] as? String)?.contains("@postgres:5432/") == true)
        }
        #expect(FileManager.default.fileExists(atPath: Self.root.appendingPathComponent("Dockerfile").path))
    }
}
