import CleanCarrierTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import NIOFoundationCompat
import Testing

/// A malformed upload gets a 4xx naming its line and field, and changes no table (but for its rejected dataset row
/// and audit entry, which the API keeps on purpose so the uploader can read the errors back).
@Suite(.enabled(if: TestDatabase.isAvailable, "needs PostgreSQL: install it (apt-get install -y postgresql) or set DATABASE_URL"))
struct UploadValidationTests {
    static let header = "party_a,party_b,kind,facility,city,country,start,end\n"

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var path: String
        var contentType: String
        var body: Data
        var line: Int?
        var field: String?

        var description: String { self.name }
    }

    static let cases: [Case] = [
        Case(
            name: "truncated line",
            path: "/datasets/interconnects",
            contentType: "text/csv",
            body: Data((header + "att,AS4134,ip-peering,,,,2020-01-01,\natt,AS41").utf8),
            line: 3,
            field: "line"
        ),
        Case(
            name: "wrong columns",
            path: "/datasets/interconnects",
            contentType: "text/csv",
            body: Data("a,b,kind\natt,AS4134,ip-peering\n".utf8),
            line: 1,
            field: "header"
        ),
        Case(
            name: "bad ASN",
            path: "/datasets/interconnects",
            contentType: "text/csv",
            body: Data((header + "att,AS4134,ip-peering,,,,,\natt,AS99999999999,ip-peering,,,,,\n").utf8),
            line: 3,
            field: "party_b"
        ),
        Case(
            name: "bad date",
            path: "/datasets/interconnects",
            contentType: "text/csv",
            body: Data((header + "att,AS4134,ip-peering,,,,2020-13-01,\n").utf8),
            line: 2,
            field: "start"
        ),
        Case(
            name: "wrong encoding",
            path: "/datasets/interconnects",
            contentType: "text/csv",
            body: Data((header + "att,AS4134,ip-peering,Caf").utf8) + Data([0xE9]) + Data(",,,,\n".utf8),
            line: 2,
            field: nil
        ),
        Case(
            name: "duplicate registry keys",
            path: "/datasets/registry",
            contentType: "application/yaml",
            body: Data("entities:\n  - {id: a, name: A, country: CN}\n  - {id: a, name: B, country: CN}\n".utf8),
            line: 3,
            field: "entities.id"
        ),
        Case(
            name: "bad AS relationship",
            path: "/datasets/as-relationships",
            contentType: "text/plain",
            body: Data("1|2|-1\n3|x|0\n".utf8),
            line: 2,
            field: nil
        ),
    ]

    @Test(arguments: UploadValidationTests.cases)
    func malformedUploadsAreRejectedNamingLineAndFieldAndChangeNothing(_ upload: Case) async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let key = upload.path.hasSuffix("interconnects") ? api.att : api.regulator
            let response = try await api.request(upload.path, .post, key: key, contentType: upload.contentType, body: upload.body)
            #expect(response.status == .unprocessableContent)
            #expect(response.headers[.contentType] == "application/problem+json")
            let errors = try APITestHarness.json(response)["errors"] as? [[String: Any]] ?? []
            #expect(
                errors.contains { $0["line"] as? Int == upload.line && (upload.field == nil || $0["field"] as? String == upload.field) },
                "\(errors)"
            )
            #expect(try await api.tableState() == before)
            let rejected = try APITestHarness.items(try await api.request("/datasets?status=rejected", key: key))
            #expect(rejected.count == 1)
            let id = try #require(rejected.first?["id"] as? Int)
            let stored = try APITestHarness.json(try await api.request("/datasets/\(id)", key: key))
            #expect((stored["errors"] as? [[String: Any]])?.count == errors.count)
        }
    }

    @Test func oversizedUploadsGet413AndLeaveNoTrace() async throws {
        try await APITestHarness.run { api in
            let before = try await api.tableState()
            let line = "att,AS4134,ip-peering,,,,2020-01-01,\n"
            let body = Data((Self.header + String(repeating: line, count: APITestHarness.uploadLimit / line.utf8.count + 1)).utf8)
            let response = try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: body)
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType] == "application/problem+json")
            #expect(try await api.tableState() == before)
            #expect(try APITestHarness.items(try await api.request("/datasets?status=rejected", key: api.att)).isEmpty)
        }
    }

    @Test func identicalUploadsAreANoOpAndEveryUploadIsAudited() async throws {
        try await APITestHarness.run { api in
            let body = Data((Self.header + "att,AS4134,ip-peering,,,,2020-01-01,\n").utf8)
            let first = try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: body)
            #expect(first.status == .created)
            let before = try await api.tableState()
            let second = try await api.request("/datasets/interconnects", .post, key: api.att, contentType: "text/csv", body: body)
            #expect(second.status == .ok)
            #expect(try APITestHarness.json(second)["outcome"] as? String == "unchanged")
            #expect(try await api.tableState() == before)
            let audit = try APITestHarness.items(try await api.request("/audit", key: api.regulator))
            #expect(audit.filter { $0["action"] as? String == "upload.interconnects" }.count == 2)
        }
    }
}
