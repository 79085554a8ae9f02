import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// Every operation of the served contract is routed: generated, or hand-written for the tags the generator leaves out
/// (openapi-generator-config.yaml). Without a key, each answers 401 (`/health` 200), never 404 or 405.
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct OperationCoverageTests {
    @Test func everyOperationInTheServedSpecIsRouted() async throws {
        try await APITestHarness.run { api in
            let spec = String(buffer: try await api.request("/openapi.yaml", key: nil).body)
            let operations = Self.operations(in: spec)
            #expect(operations.count >= 33)
            #expect(operations.contains { $0 == (.post, "/datasets/peeringdb") })
            #expect(operations.contains { $0 == (.delete, "/schedules/{name}") })
            #expect(operations.contains { $0 == (.get, "/jobs/{jobId}") })
            for (method, path) in operations {
                let uri = path.replacingOccurrences(of: #"\{[^}]+\}"#, with: "1", options: .regularExpression)
                let response = try await api.request(uri, method, key: nil)
                #expect(response.status == (path == "/health" ? .ok : .unauthorized), "\(method) \(path)")
            }
        }
    }

    /// The (method, path) of each operation under `paths:` of an OpenAPI YAML document laid out as ours is.
    static func operations(in yaml: String) -> [(HTTPRequest.Method, String)] {
        var operations: [(HTTPRequest.Method, String)] = []
        var path: String?
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("components:") { break }
            if line.hasPrefix("  /"), line.hasSuffix(":") { path = String(line.dropFirst(2).dropLast()) }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let path, line.hasPrefix("    "), !line.hasPrefix("     "), trimmed.hasSuffix(":"),
                let method = HTTPRequest.Method(String(trimmed.dropLast()).uppercased())
            {
                operations.append((method, path))
            }
        }
        return operations
    }
}
