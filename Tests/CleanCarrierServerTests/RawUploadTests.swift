import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import PostgresNIO
import Testing

/// `POST /datasets/peeringdb`, a hand-written route: the file's own bytes under the size limit, otherwise the pattern
/// of every upload (regulator only, problem+json, nothing loaded on refusal, idempotent by content).
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct RawUploadTests {
    @Test func aPeeringDBFileIsLoadedOnceAsItsOwnBytes() async throws {
        try await APITestHarness.run { api in
            let file = try APITestHarness.fixture("peeringdb/peeringdb.json")
            #expect(
                try await api.request("/datasets/peeringdb", .post, key: api.att, contentType: "application/json", body: file).status == .forbidden
            )
            #expect(
                try await api.request("/datasets/peeringdb", .post, key: nil, contentType: "application/json", body: file).status == .unauthorized
            )
            let wrongType = try await api.request("/datasets/peeringdb", .post, key: api.regulator, contentType: "text/plain", body: file)
            #expect(wrongType.status == .unsupportedMediaType)
            #expect(wrongType.headers[.contentType] == "application/problem+json")

            let first = try await api.request(
                "/datasets/peeringdb?file_name=pdb.json",
                .post,
                key: api.regulator,
                contentType: "application/json; charset=utf-8",
                body: file
            )
            #expect(first.status == .created)
            #expect(first.headers[.contentType] == "application/json")
            let id = try #require(try APITestHarness.json(first)["datasetId"] as? Int)
            #expect((try APITestHarness.json(first)["rows"] as? Int ?? 0) > 0)
            let dataset = try APITestHarness.json(try await api.request("/datasets/\(id)", key: api.regulator))
            #expect(dataset["kind"] as? String == "peeringdb")
            #expect(dataset["fileName"] as? String == "pdb.json")
            #expect(dataset["sha256"] as? String == (try await Self.sha256(file, api: api)))

            let before = try await api.tableState()
            let again = try await api.request("/datasets/peeringdb", .post, key: api.regulator, contentType: "application/json", body: file)
            #expect(again.status == .ok)
            #expect(try APITestHarness.json(again)["outcome"] as? String == "unchanged")
            let invalid = try await api.request(
                "/datasets/peeringdb",
                .post,
                key: api.regulator,
                contentType: "application/json",
                body: Data(#"{"data": 3}"#.utf8)
            )
            #expect(invalid.status == .unprocessableContent)
            #expect((try APITestHarness.json(invalid)["errors"] as? [[String: Any]])?.first?["field"] as? String == "data")
            let huge = Data(#"{"data": ["#.utf8) + Data(repeating: UInt8(ascii: " "), count: APITestHarness.uploadLimit) + Data("]}".utf8)
            let tooLarge = try await api.request("/datasets/peeringdb", .post, key: api.regulator, contentType: "application/json", body: huge)
            #expect(tooLarge.status == .contentTooLarge)
            #expect(try await api.tableState() == before)
            let audit = try APITestHarness.items(try await api.request("/audit", key: api.regulator))
            #expect(audit.filter { $0["action"] as? String == "upload.peeringdb" }.count == 3)
        }
    }

    /// The hex SHA-256 of `data`, as PostgreSQL computes it.
    static func sha256(_ data: Data, api: APITestHarness) async throws -> String? {
        let rows = try await api.database.query("SELECT encode(sha256(\(ByteBuffer(data: data))), 'hex')", logger: TestDatabase.logger)
        for try await hash in rows.decode(String.self) { return hash }
        return nil
    }
}
